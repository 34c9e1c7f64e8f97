/* Spectrum plugin ABI: the plain-C boundary between the host and a scoring plugin.
 *
 * A plugin is a shared library exporting one function, spectrum_plugin_descriptor(), that returns a
 * pointer to a static, versioned descriptor. Nothing else crosses the boundary: no C++ type, no
 * allocation that the other side must free, no exception. The host owns every input (a read-only view
 * over the questionnaire and all respondents' answers, valid only during the call); the plugin reports
 * its result through a table of host-provided functions (the sink), which copy what they are given.
 *
 * Plugin authors normally do not use this header directly: spectrum/plugin.h wraps it in C++.
 *
 * Compatibility rule: SPECTRUM_ABI_VERSION changes whenever a struct below changes in a way an old
 * plugin or host cannot tolerate. Structs carry struct_size so that fields may be appended within one
 * ABI version; a reader never touches a field beyond the size it was given.
 */
#ifndef SPECTRUM_ABI_H
#define SPECTRUM_ABI_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define SPECTRUM_ABI_VERSION 1u

/* The name of the one function a plugin exports. */
#define SPECTRUM_DESCRIPTOR_SYMBOL "spectrum_plugin_descriptor"

/* Item types of a questionnaire. */
typedef enum spectrum_item_type {
  SPECTRUM_ITEM_SCALE = 0,   /* one of the options' numeric values, ordered */
  SPECTRUM_ITEM_CHOICE = 1,  /* one option, by name */
  SPECTRUM_ITEM_MULTI = 2,   /* any number of options, by name */
  SPECTRUM_ITEM_NUMBER = 3,  /* a number within [min, max] */
  SPECTRUM_ITEM_BOOLEAN = 4, /* yes or no */
  SPECTRUM_ITEM_TEXT = 5     /* free text; never scored */
} spectrum_item_type;

/* State of one answer. DONT_KNOW and NOT_APPLICABLE are kept apart from a low score and are left out
 * of every denominator. MISSING means the respondent left the item blank; NOT_RELEVANT means the item's
 * relevance condition was false for this respondent (the host evaluates conditions). */
typedef enum spectrum_answer_state {
  SPECTRUM_ANSWER_MISSING = 0,
  SPECTRUM_ANSWER_VALUE = 1,
  SPECTRUM_ANSWER_DONT_KNOW = 2,
  SPECTRUM_ANSWER_NOT_APPLICABLE = 3,
  SPECTRUM_ANSWER_NOT_RELEVANT = 4
} spectrum_answer_state;

/* Respondent sectors, as in the assessment format. */
typedef enum spectrum_sector {
  SPECTRUM_SECTOR_NHS = 0,
  SPECTRUM_SECTOR_LOCAL_GOVERNMENT = 1,
  SPECTRUM_SECTOR_HOUSING = 2,
  SPECTRUM_SECTOR_VOLUNTARY = 3,
  SPECTRUM_SECTOR_OTHER = 4
} spectrum_sector;

typedef struct spectrum_option {
  const char* name;  /* stable code the answers use */
  const char* label; /* text shown to respondents */
  double value;      /* numeric value, 0..5 on the spectrum for choice/multi, the scale point for scale */
} spectrum_option;

typedef struct spectrum_item {
  const char* id;
  const char* section_id;
  const char* text;
  int32_t type; /* spectrum_item_type */
  double weight;
  int32_t required;
  const spectrum_option* options;
  uint32_t option_count;
  double min;       /* number items: lower bound (NaN when none); scale items: lowest option value */
  double max;       /* number items: upper bound (NaN when none); scale items: highest option value */
  const char* unit; /* number items: unit shown next to the value, may be "" */
} spectrum_item;

typedef struct spectrum_questionnaire {
  const char* id;
  const char* version;
  const char* domain;
  const char* title;
  const spectrum_item* items;
  uint32_t item_count;
} spectrum_questionnaire;

typedef struct spectrum_answer {
  int32_t state;           /* spectrum_answer_state */
  double number;           /* VALUE of scale, number, boolean (0/1), choice (the option's value) */
  int32_t option;          /* VALUE of choice: index into the item's options, -1 otherwise */
  const uint8_t* selected; /* VALUE of multi: option_count flags (1 = selected), else NULL */
  const char* text;        /* VALUE of text, else NULL */
} spectrum_answer;

typedef struct spectrum_respondent {
  const char* id;
  const char* organisation;
  int32_t sector; /* spectrum_sector */
  const char* role;
} spectrum_respondent;

/* Every respondent's answers to one questionnaire. answers is a dense matrix in row-major order:
 * answers[r * questionnaire->item_count + i] is respondent r's answer to item i. */
typedef struct spectrum_response_set {
  const spectrum_questionnaire* questionnaire;
  const spectrum_answer* answers;
} spectrum_response_set;

typedef struct spectrum_input {
  uint32_t struct_size;
  const char* area_name;
  const char* area_kind;
  const spectrum_respondent* respondents;
  uint32_t respondent_count;
  /* Answer sets of every questionnaire in the assessment; sets[scored] is the one this plugin scores. */
  const spectrum_response_set* sets;
  uint32_t set_count;
  uint32_t scored;
} spectrum_input;

typedef enum spectrum_finding_kind {
  SPECTRUM_FINDING_STRENGTH = 0,
  SPECTRUM_FINDING_GAP = 1,
  SPECTRUM_FINDING_NEXT_STEP = 2
} spectrum_finding_kind;

/* The host's result sink. Every function copies its arguments; strings are UTF-8. */
typedef struct spectrum_sink {
  uint32_t struct_size;
  void* context;
  /* The domain's continuous score (0..5) and level (0..5). Called once. A NaN score means nothing
   * counted (all answers don't know, not applicable or missing); the level is then ignored. */
  void (*set_score)(void* context, double score, int32_t level);
  /* One respondent's score (0..5), or NaN when the respondent answered nothing scorable. */
  void (*set_respondent_score)(void* context, uint32_t respondent, double score);
  /* A gate: a criterion that a level needs. item_ids lists the items behind it. */
  void (*add_gate)(void* context, int32_t level, const char* id, const char* description, int32_t met,
                   const char* const* item_ids, uint32_t item_count);
  /* A finding; level is the level the finding belongs to (for next steps, the level it leads to). */
  void (*add_finding)(void* context, int32_t kind, int32_t level, const char* text);
  /* A diagnostic note for the report (e.g. "sector divergence 1.4"), name/value pairs. */
  void (*add_metric)(void* context, const char* name, double value);
  /* Appended within ABI 1; present when struct_size reaches past it (a host built before it gives a
   * smaller struct_size, and a plugin must then not call it).
   * The numbers that decided the gate added last: for its item_ids[item], the item score the plugin
   * compared (0..5, NaN when the item did not count) and the threshold it compared it with (0..5).
   * Called after add_gate, at most once per item. A plugin that never calls it (one built before it)
   * has gates without item scores: the host shows none rather than computing its own. */
  void (*set_gate_item)(void* context, uint32_t item, double score, double threshold);
} spectrum_sink;

/* Whether a sink of this struct_size carries set_gate_item. */
#define SPECTRUM_SINK_HAS_GATE_ITEMS(sink)                                                   \
  ((sink)->struct_size >= offsetof(spectrum_sink, set_gate_item) + sizeof(void (*)(void)) && \
   (sink)->set_gate_item != 0)

/* Return codes of score(). On anything but SPECTRUM_OK, message holds a NUL-terminated reason. */
#define SPECTRUM_OK 0
#define SPECTRUM_ERROR 1

typedef struct spectrum_plugin_descriptor_v1 {
  uint32_t struct_size;            /* sizeof(spectrum_plugin_descriptor_v1) as the plugin was built */
  uint32_t abi_version;            /* SPECTRUM_ABI_VERSION as the plugin was built */
  const char* id;                  /* unique plugin id, e.g. "leadership" */
  const char* version;             /* semantic version of the plugin, "1.2.0" */
  const char* domain;              /* the domain it scores */
  const char* title;               /* human-readable name */
  const char* questionnaire_id;    /* the questionnaire it scores */
  const char* questionnaire_min;   /* lowest accepted questionnaire version (inclusive) */
  const char* questionnaire_below; /* first rejected questionnaire version (exclusive) */
  /* Scores the input. Writes results to sink; on error returns SPECTRUM_ERROR and writes a reason
   * of at most message_size bytes (including NUL) to message. Must not throw.
   * Threads: the host never calls one plugin's score() on two threads at once, but it may call it from
   * any thread, and other plugins' score() may run at the same time (a folder run scores on every core). */
  int32_t (*score)(const spectrum_input* input, const spectrum_sink* sink, char* message,
                   uint32_t message_size);
} spectrum_plugin_descriptor_v1;

typedef const spectrum_plugin_descriptor_v1* (*spectrum_descriptor_fn)(void);

#ifdef __cplusplus
}
#endif

#endif /* SPECTRUM_ABI_H */
