// Spectrum respondent form: renders the questionnaires embedded in this page, keeps the answers in
// the browser's storage as they are typed, and saves them as a spectrum.response/1 file. Nothing is
// fetched: the page works opened from disk. Written for current Chromium, Firefox and Edge.
'use strict';

(function () {
  const data = JSON.parse(document.getElementById('spectrum-form-data').textContent);
  const STATUS = { dont_know: "Don't know", not_applicable: 'Not applicable' };

  // ---- Answers as files hold them, and the relevance rule (the host's, in core/src/input_view.cpp) ----

  // An answer as a response or assessment file writes it, read into {state, value, evidence}:
  // state is 'missing', 'value', 'dont_know' or 'not_applicable'.
  function normalise(answer) {
    if (answer === undefined || answer === null) return { state: 'missing', value: null, evidence: '' };
    if (typeof answer === 'object' && !Array.isArray(answer)) {
      const evidence = typeof answer.evidence === 'string' ? answer.evidence : '';
      if (answer.status === 'dont_know' || answer.status === 'not_applicable')
        return { state: answer.status, value: null, evidence: evidence };
      if (answer.value === undefined || answer.value === null) return { state: 'missing', value: null, evidence: evidence };
      return { state: 'value', value: answer.value, evidence: evidence };
    }
    return { state: 'value', value: answer, evidence: '' };
  }

  // The answer as a file writes it; undefined when there is nothing to write.
  function denormalise(entry) {
    if (!entry) return undefined;
    let bare;
    if (entry.state === 'dont_know' || entry.state === 'not_applicable') {
      const json = { status: entry.state };
      if (entry.evidence) json.evidence = entry.evidence;
      return json;
    }
    if (entry.state === 'value') bare = entry.value;
    else bare = null;
    if (!entry.evidence) return bare === null ? undefined : bare;
    return { value: bare, evidence: entry.evidence };
  }

  function conditionHolds(source, condition, answer) {
    if (answer.state !== 'value') return false;
    const among = Array.isArray(condition.in) ? condition.in : [];
    switch (source.type) {
      case 'choice': return among.includes(answer.value);
      case 'multi': return Array.isArray(answer.value) && answer.value.some(function (name) { return among.includes(name); });
      case 'scale':
      case 'number': return typeof condition.min === 'number' && typeof answer.value === 'number' && answer.value >= condition.min;
      case 'boolean': return typeof condition.equals === 'boolean' && (answer.value === true || (typeof answer.value === 'number' && answer.value !== 0)) === condition.equals;
      case 'text': return typeof answer.value === 'string' && answer.value !== '';
    }
    return false;
  }

  function itemsOf(questionnaire) {
    if (!questionnaire._byId) {
      questionnaire._byId = {};
      questionnaire.sections.forEach(function (section) {
        section.items.forEach(function (item) { questionnaire._byId[item.id] = item; });
      });
    }
    return questionnaire._byId;
  }

  // Whether item is shown, given one respondent's answers to questionnaire ({item id: answer} as a file
  // holds them): no condition, or its condition holds on an item that is itself relevant.
  function isRelevant(questionnaire, item, answers) {
    if (!item.relevant) return true;
    const source = itemsOf(questionnaire)[item.relevant.item];
    if (!source) return false;
    if (!isRelevant(questionnaire, source, answers)) return false;
    return conditionHolds(source, item.relevant, normalise(answers[source.id]));
  }

  // ---- State, kept in the browser's storage ----

  const storageKey = data.storage_key;
  let storageWorks = true;
  let state = emptyState();

  // A form made without an area and period asks the respondent for them.
  const areaFixed = !!data.area.name;

  function emptyState() {
    const answers = {};
    // A later round's form starts from the respondent's answers in the round before.
    data.questionnaires.forEach(function (q) { answers[q.id] = Object.assign({}, (data.answers || {})[q.id] || {}); });
    const given = data.respondent || {};
    return { respondent: { id: data.respondent_id || '', organisation: given.organisation || '', sector: given.sector || '', role: given.role || '' },
             place: { area_name: '', area_code: '', period: '' }, answers: answers };
  }

  // The area and period the answers are for: the form's own, or what the respondent gave.
  function area() {
    if (areaFixed) return data.area;
    const given = { name: state.place.area_name.trim() };
    if (state.place.area_code.trim()) given.code = state.place.area_code.trim();
    return given;
  }
  function period() { return areaFixed ? data.period : state.place.period.trim(); }

  function store() {
    try {
      localStorage.setItem(storageKey, JSON.stringify(state));
      storageWorks = true;
    } catch (e) {
      storageWorks = false;
    }
    showStorageNote();
  }

  function restore() {
    let saved = null;
    try {
      saved = localStorage.getItem(storageKey);
    } catch (e) {
      storageWorks = false;
    }
    if (!saved) return false;
    try {
      const parsed = JSON.parse(saved);
      state = emptyState();
      Object.assign(state.respondent, parsed.respondent || {});
      Object.assign(state.place, parsed.place || {});
      data.questionnaires.forEach(function (q) {
        if (parsed.answers && parsed.answers[q.id]) state.answers[q.id] = parsed.answers[q.id];
      });
      return true;
    } catch (e) {
      return false;
    }
  }

  function entry(qid, itemId) {
    const answers = state.answers[qid];
    return normalise(answers[itemId]);
  }

  function setEntry(qid, itemId, value) {
    const json = denormalise(value);
    if (json === undefined) delete state.answers[qid][itemId];
    else state.answers[qid][itemId] = json;
  }

  // ---- Rendering ----

  const el = function (tag, attributes, children) {
    const node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      const value = attributes[name];
      if (value === undefined || value === null || value === false) return;
      if (name === 'text') node.textContent = value;
      else node.setAttribute(name, value === true ? '' : String(value));
    });
    (children || []).forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  };

  function fieldId(q, item, suffix) { return 'f-' + q.id + '-' + item.id + (suffix === undefined ? '' : '-' + suffix); }

  function renderRespondent() {
    const box = document.getElementById('respondent');
    const sectorOptions = [el('option', { value: '', text: 'Choose your sector' })].concat(
      data.sectors.map(function (s) { return el('option', { value: s.name, text: s.label }); }));
    const field = function (name, label, hint, control) {
      const hintId = 'hint-' + name;
      control.setAttribute('id', 'respondent-' + name);
      control.setAttribute('name', name);
      control.setAttribute('aria-describedby', hintId + ' error-respondent-' + name);
      control.setAttribute('required', '');
      control.setAttribute('aria-required', 'true');
      return el('div', { class: 'field' }, [
        el('label', { for: 'respondent-' + name }, [document.createTextNode(label + ' '), el('span', { class: 'required', 'aria-hidden': 'true', text: '*' })]),
        el('p', { class: 'hint', id: hintId, text: hint }),
        el('p', { class: 'error', id: 'error-respondent-' + name, hidden: true }),
        control]);
    };
    box.appendChild(field('id', 'Your respondent reference', 'The short reference your coordinator gave you, for example "nhs-3". Letters, digits, - and _ only. It names your answers file; never write your name here.',
      el('input', { type: 'text', autocomplete: 'off', pattern: '[A-Za-z0-9_\\-]+', spellcheck: 'false' })));
    box.appendChild(field('organisation', 'Your organisation', 'For example "Northshire Clinical Commissioning Group".', el('input', { type: 'text', autocomplete: 'organization' })));
    box.appendChild(field('sector', 'Your sector', 'The kind of organisation you answer for.', el('select', {}, sectorOptions)));
    box.appendChild(field('role', 'Your role', 'For example "director", "manager" or "front-line practitioner".', el('input', { type: 'text', autocomplete: 'organization-title' })));
    ['id', 'organisation', 'sector', 'role'].forEach(function (name) {
      const control = document.getElementById('respondent-' + name);
      control.value = state.respondent[name] || '';
      control.addEventListener(name === 'sector' ? 'change' : 'input', function () {
        state.respondent[name] = control.value;
        clearError('respondent-' + name);
        store();
      });
    });
    if (areaFixed) return;
    box.appendChild(field('area_name', 'Your area', 'The Health and Wellbeing Board area you answer for, for example "Northshire".', el('input', { type: 'text' })));
    box.appendChild(field('area_code', 'Area code', 'Its code, if you know it, for example "E10000099".', el('input', { type: 'text', spellcheck: 'false' })));
    box.appendChild(field('period', 'Period', 'The period you answer for, for example "2016/17".', el('input', { type: 'text' })));
    const code = document.getElementById('respondent-area_code');
    code.removeAttribute('required');
    code.removeAttribute('aria-required');
    code.parentNode.querySelector('label .required').remove();  // the code may be left empty
    ['area_name', 'area_code', 'period'].forEach(function (name) {
      const control = document.getElementById('respondent-' + name);
      control.value = state.place[name] || '';
      control.addEventListener('input', function () {
        state.place[name] = control.value;
        clearError('respondent-' + name);
        store();
      });
    });
  }

  function statusChoices(q, item, kind) {
    // Radio items take "don't know" and "not applicable" as two more radios of the group; the others
    // as two check boxes that stand instead of an answer.
    return Object.keys(STATUS).map(function (status) {
      const id = fieldId(q, item, status);
      const input = el('input', { type: kind, id: id, name: kind === 'radio' ? fieldId(q, item) : id, value: '__' + status, 'data-status': status });
      return el('div', { class: 'choice status' }, [input, el('label', { for: id, text: STATUS[status] })]);
    });
  }

  function renderControls(q, item) {
    const parts = [];
    const name = fieldId(q, item);
    if (item.type === 'scale' || item.type === 'choice' || item.type === 'boolean') {
      const options = item.type === 'boolean'
        ? [{ name: 'true', label: 'Yes' }, { name: 'false', label: 'No' }]
        : item.options.map(function (o) {
            const name = o.name !== undefined ? o.name : String(o.value);
            return { name: name, label: item.type === 'scale' ? o.value + ' \u2013 ' + o.label : o.label };
          });
      options.forEach(function (o, index) {
        const id = fieldId(q, item, 'o' + index);
        parts.push(el('div', { class: 'choice' }, [el('input', { type: 'radio', id: id, name: name, value: o.name }), el('label', { for: id, text: o.label })]));
      });
      return parts.concat(statusChoices(q, item, 'radio'));
    }
    if (item.type === 'multi') {
      item.options.forEach(function (o, index) {
        const id = fieldId(q, item, 'o' + index);
        parts.push(el('div', { class: 'choice' }, [el('input', { type: 'checkbox', id: id, value: o.name, 'data-option': 'true' }), el('label', { for: id, text: o.label })]));
      });
      return parts.concat(statusChoices(q, item, 'checkbox'));
    }
    const id = fieldId(q, item, 'value');
    let label = 'Your answer';
    let control;
    if (item.type === 'number') {
      const range = [];
      if (typeof item.min === 'number') range.push('from ' + item.min);
      if (typeof item.max === 'number') range.push('to ' + item.max);
      label = 'Your answer' + (item.unit ? ' (' + item.unit + ')' : '') + (range.length ? ', a number ' + range.join(' ') : ', a number');
      control = el('input', { type: 'text', inputmode: 'decimal', id: id, 'data-value': 'true', 'aria-describedby': fieldId(q, item, 'error') });
    } else {
      control = el('textarea', { id: id, rows: 3, 'data-value': 'true' });
    }
    parts.push(el('div', { class: 'field' }, [el('label', { for: id, text: label }), control]));
    return parts.concat(statusChoices(q, item, 'checkbox'));
  }

  function renderItem(q, item) {
    const legendChildren = [el('span', { class: 'item-id', text: item.id }), document.createTextNode(' ' + item.text)];
    if (item.required) {
      legendChildren.push(el('span', { class: 'required', 'aria-hidden': 'true', text: ' *' }));
      legendChildren.push(el('span', { class: 'visually-hidden', text: ' (required)' }));
    }
    const describedBy = [];
    const children = [el('legend', {}, legendChildren)];
    if (item.help) {
      describedBy.push(fieldId(q, item, 'help'));
      children.push(el('p', { class: 'hint', id: fieldId(q, item, 'help'), text: item.help }));
    }
    if (item.relevant) {
      describedBy.push(fieldId(q, item, 'condition'));
      children.push(el('p', { class: 'condition', id: fieldId(q, item, 'condition'), text: conditionText(q, item) }));
    }
    const feedback = ((data.feedback || {})[q.id] || {})[item.id];
    if (feedback) {
      describedBy.push(fieldId(q, item, 'feedback'));
      children.push(renderFeedback(q, item, feedback));
    }
    children.push(el('p', { class: 'error', id: fieldId(q, item, 'error'), hidden: true }));
    describedBy.push(fieldId(q, item, 'error'));
    children.push(el('div', { class: 'controls' }, renderControls(q, item)));
    const evidenceId = fieldId(q, item, 'evidence');
    children.push(el('div', { class: 'field evidence' }, [
      el('label', { for: evidenceId, text: 'Evidence (optional)' + (item.evidence ? ': ' + item.evidence : '') }),
      el('textarea', { id: evidenceId, rows: 2, 'data-evidence': 'true' })]));
    const box = el('fieldset', { class: 'item', id: fieldId(q, item, 'item'), 'aria-describedby': describedBy.join(' '), 'data-item': item.id, 'data-questionnaire': q.id }, children);
    box.addEventListener('change', function (event) { onItemInput(q, item, event.target, true); });
    box.addEventListener('input', function (event) { onItemInput(q, item, event.target, false); });
    return box;
  }

  // A later round: how everyone answered in the round before, and this respondent's own answer then.
  function renderFeedback(q, item, feedback) {
    const total = feedback.distribution.reduce(function (sum, row) { return sum + row[1]; }, 0);
    const rows = feedback.distribution.filter(function (row) { return row[1] > 0; }).map(function (row) {
      return el('li', { text: row[0] + ': ' + row[1] + ' of ' + total });
    });
    return el('div', { class: 'feedback', id: fieldId(q, item, 'feedback') }, [
      el('p', { class: 'feedback-title', text: 'Round ' + (data.round - 1) + ': how the partners answered' }),
      el('ul', {}, rows),
      el('p', { class: 'feedback-own', text: 'Your answer then: ' + (feedback.own || 'no answer') + '. Keep it or change it below.' })]);
  }

  // "Answer this only if your answer to LD05 was ...": shown with the question, and what a paper copy
  // goes by, since it prints every question.
  function conditionText(q, item) {
    const condition = item.relevant;
    const source = itemsOf(q)[condition.item];
    const lead = 'Answer this only if your answer to ' + condition.item + ' was ';
    if (!source) return lead + 'given.';
    if (Array.isArray(condition.in) && condition.in.length) {
      const labels = condition.in.map(function (name) {
        const option = (source.options || []).find(function (o) { return o.name === name; });
        return '"' + (option ? option.label : name) + '"';
      });
      return lead + (labels.length === 1 ? labels[0] : 'one of ' + labels.join(', ')) + '.';
    }
    if (typeof condition.min === 'number') return lead + condition.min + ' or more.';
    if (typeof condition.equals === 'boolean') return lead + (condition.equals ? '"Yes".' : '"No".');
    return lead + 'given.';
  }

  function renderQuestionnaires() {
    const main = document.getElementById('questionnaires');
    const nav = document.getElementById('progress');
    data.questionnaires.forEach(function (q) {
      const headingId = 'domain-' + q.id;
      const section = el('section', { class: 'domain', 'aria-labelledby': headingId, id: 'section-' + q.id }, [
        el('h2', { id: headingId, text: q.title })]);
      if (q.description) section.appendChild(el('p', { class: 'description', text: q.description }));
      q.sections.forEach(function (part) {
        section.appendChild(el('h3', { text: part.title }));
        part.items.forEach(function (item) { section.appendChild(renderItem(q, item)); });
      });
      main.appendChild(section);
      nav.appendChild(el('li', {}, [
        el('a', { href: '#section-' + q.id, text: q.title }),
        el('progress', { id: 'progress-' + q.id, max: 1, value: 0, 'aria-labelledby': 'progress-text-' + q.id }),
        el('span', { class: 'progress-text', id: 'progress-text-' + q.id })]));
    });
  }

  // ---- From the page to the state, and back ----

  function onItemInput(q, item, target, committed) {
    const current = entry(q.id, item.id);
    const box = document.getElementById(fieldId(q, item, 'item'));
    if (target.dataset.evidence) {
      current.evidence = target.value;
      setEntry(q.id, item.id, current);
      store();
      return;
    }
    if (target.dataset.status) {
      const status = target.dataset.status;
      if (target.type === 'checkbox' && !target.checked) current.state = 'missing';
      else current.state = status;
      current.value = null;
      if (target.type === 'checkbox' && target.checked) {
        box.querySelectorAll('input[data-status]').forEach(function (other) { if (other !== target) other.checked = false; });
        box.querySelectorAll('input[data-option]').forEach(function (o) { o.checked = false; });
        const valueInput = box.querySelector('[data-value]');
        if (valueInput) valueInput.value = '';
      }
      clearError(fieldId(q, item, 'item'));
    } else if (target.type === 'radio') {
      current.state = 'value';
      current.value = item.type === 'boolean' ? target.value === 'true' : optionValue(item, target.value);
    } else if (target.dataset.option) {
      box.querySelectorAll('input[data-status]').forEach(function (s) { s.checked = false; });
      const chosen = [];
      box.querySelectorAll('input[data-option]').forEach(function (o) { if (o.checked) chosen.push(o.value); });
      current.state = chosen.length ? 'value' : 'missing';
      current.value = chosen.length ? chosen : null;
    } else if (target.dataset.value) {
      if (!readTypedValue(q, item, target, current, committed)) return;
      if (current.state === 'value') box.querySelectorAll('input[data-status]').forEach(function (s) { s.checked = false; });
    }
    setEntry(q.id, item.id, current);
    store();
    refresh();
  }

  // A scale's radios carry the option name; its answer is the scale point (a number).
  function optionValue(item, name) {
    if (item.type !== 'scale') return name;
    const option = item.options.find(function (o) { return (o.name !== undefined ? o.name : String(o.value)) === name; });
    return option ? option.value : Number(name);
  }

  // Reads a number or text field into current; false when the typed text is not (yet) an answer.
  function readTypedValue(q, item, target, current, committed) {
    const text = target.value;
    if (item.type === 'text') {
      current.state = text === '' ? 'missing' : 'value';
      current.value = text === '' ? null : text;
      return true;
    }
    const trimmed = text.trim().replace(/,/g, '.');
    if (trimmed === '') {
      current.state = 'missing';
      current.value = null;
      clearError(fieldId(q, item, 'item'));
      return true;
    }
    const number = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(trimmed) ? Number(trimmed) : NaN;
    let problem = '';
    if (!isFinite(number)) problem = 'Enter a number, for example 12 or 12.5.';
    else if (typeof item.min === 'number' && number < item.min) problem = 'Enter a number of at least ' + item.min + (item.unit ? ' ' + item.unit : '') + '.';
    else if (typeof item.max === 'number' && number > item.max) problem = 'Enter a number of at most ' + item.max + (item.unit ? ' ' + item.unit : '') + '.';
    if (problem) {
      // The last good answer is not kept: a wrong number must not be saved as if it were right.
      current.state = 'missing';
      current.value = null;
      setEntry(q.id, item.id, current);
      store();
      refresh();
      if (committed) showError(fieldId(q, item, 'item'), fieldId(q, item, 'error'), item.id + ': ' + problem, target);
      else markInvalid(target, fieldId(q, item, 'error'), item.id + ': ' + problem);
      return false;
    }
    clearError(fieldId(q, item, 'item'));
    current.state = 'value';
    current.value = number;
    return true;
  }

  // Puts the state into the controls (on start, after opening a file).
  function fill() {
    ['id', 'organisation', 'sector', 'role'].forEach(function (name) {
      document.getElementById('respondent-' + name).value = state.respondent[name] || '';
    });
    if (!areaFixed)
      ['area_name', 'area_code', 'period'].forEach(function (name) {
        document.getElementById('respondent-' + name).value = state.place[name] || '';
      });
    data.questionnaires.forEach(function (q) {
      q.sections.forEach(function (part) {
        part.items.forEach(function (item) {
          const box = document.getElementById(fieldId(q, item, 'item'));
          const current = entry(q.id, item.id);
          box.querySelectorAll('input').forEach(function (input) { input.checked = false; });
          const valueInput = box.querySelector('[data-value]');
          if (valueInput) valueInput.value = '';
          box.querySelector('[data-evidence]').value = current.evidence || '';
          if (current.state === 'dont_know' || current.state === 'not_applicable') {
            box.querySelector('input[data-status="' + current.state + '"]').checked = true;
          } else if (current.state === 'value') {
            if (item.type === 'multi') {
              box.querySelectorAll('input[data-option]').forEach(function (o) { o.checked = current.value.includes(o.value); });
            } else if (valueInput) {
              valueInput.value = String(current.value);
            } else {
              box.querySelectorAll('input[type=radio]').forEach(function (radio) {
                if (radio.dataset.status) return;
                const value = item.type === 'boolean' ? radio.value === 'true' : optionValue(item, radio.value);
                radio.checked = value === current.value;
              });
            }
          }
        });
      });
    });
    refresh();
  }

  // Shows and hides items by their conditions, and updates the progress of each domain.
  function refresh() {
    let appeared = 0;
    let total = 0;
    let done = 0;
    data.questionnaires.forEach(function (q) {
      let relevant = 0;
      let answered = 0;
      let required = 0;
      q.sections.forEach(function (part) {
        part.items.forEach(function (item) {
          const box = document.getElementById(fieldId(q, item, 'item'));
          const shown = isRelevant(q, item, state.answers[q.id]);
          if (shown && box.hidden) appeared++;
          box.hidden = !shown;
          if (!shown) return;
          relevant++;
          if (entry(q.id, item.id).state !== 'missing') answered++;
          else if (item.required) required++;
        });
      });
      total += relevant;
      done += answered;
      const progress = document.getElementById('progress-' + q.id);
      progress.max = Math.max(relevant, 1);
      progress.value = answered;
      document.getElementById('progress-text-' + q.id).textContent =
        answered + ' of ' + relevant + ' answered' + (required ? ', ' + required + ' required still to answer' : '');
    });
    document.getElementById('progress-total').textContent = done + ' of ' + total + ' questions answered';
    if (appeared && started) announce(appeared === 1 ? 'One more question appeared below.' : appeared + ' more questions appeared below.');
  }

  // ---- Errors and announcements ----

  function announce(text) {
    const live = document.getElementById('announcer');
    live.textContent = '';
    window.setTimeout(function () { live.textContent = text; }, 50);
  }

  function markInvalid(control, errorId, text) {
    control.setAttribute('aria-invalid', 'true');
    const error = document.getElementById(errorId);
    error.textContent = text;
    error.hidden = false;
  }

  function showError(boxId, errorId, text, control) {
    document.getElementById(boxId).classList.add('has-error');
    markInvalid(control, errorId, text);
    announce(text);
  }

  function clearError(id) {
    const node = document.getElementById(id);
    if (!node) return;
    node.classList.remove('has-error');
    const scope = node.tagName === 'FIELDSET' ? node : node.parentNode;
    scope.querySelectorAll('[aria-invalid]').forEach(function (c) { c.removeAttribute('aria-invalid'); });
    scope.querySelectorAll('.error').forEach(function (e) { e.hidden = true; e.textContent = ''; });
  }

  function showSummary(title, problems) {
    const summary = document.getElementById('summary');
    summary.innerHTML = '';
    summary.appendChild(el('h2', { text: title }));
    const list = el('ul');
    problems.forEach(function (p) {
      const item = el('li');
      if (p.target) {
        const link = el('a', { href: '#' + p.target, text: p.text });
        link.addEventListener('click', function (event) {
          event.preventDefault();
          const node = document.getElementById(p.target);
          node.focus();
          node.scrollIntoView({ block: 'center' });
        });
        item.appendChild(link);
      } else {
        item.textContent = p.text;
      }
      list.appendChild(item);
    });
    summary.appendChild(list);
    summary.hidden = false;
    summary.focus();
  }

  function showStorageNote() {
    document.getElementById('storage-note').textContent = storageWorks
      ? 'Your answers are kept in this browser as you type. To send them, or to move to another computer, use "Save answers".'
      : 'This browser is not keeping your answers. Use "Save answers" often so that nothing is lost.';
  }

  // ---- Saving and opening response files ----

  function safeName(text) { return String(text).replace(/[^A-Za-z0-9._-]/g, '_'); }

  function responseDocument() {
    const answers = {};
    data.questionnaires.forEach(function (q) {
      const kept = {};
      Object.keys(state.answers[q.id]).forEach(function (itemId) {
        const item = itemsOf(q)[itemId];
        if (item && isRelevant(q, item, state.answers[q.id])) kept[itemId] = state.answers[q.id][itemId];
      });
      if (Object.keys(kept).length) answers[q.id] = kept;
    });
    const response = {
      format: 'spectrum.response/1',
      area: area(),
      period: period(),
      respondent: { id: state.respondent.id, organisation: state.respondent.organisation, sector: state.respondent.sector, role: state.respondent.role },
      questionnaires: data.questionnaires.map(function (q) { return { id: q.id, version: q.version, sha256: q.sha256 }; }),
      answers: answers,
      saved: new Date().toISOString()
    };
    if (data.round) response['x-round'] = data.round;
    return response;
  }

  function respondentProblems() {
    const problems = [];
    const r = state.respondent;
    const need = { id: 'Enter your respondent reference.', organisation: 'Enter your organisation.', sector: 'Choose your sector.', role: 'Enter your role.' };
    if (!areaFixed) {
      need.area_name = 'Enter the area you answer for.';
      need.period = 'Enter the period you answer for.';
    }
    Object.keys(need).forEach(function (name) {
      const value = ((name in r ? r[name] : state.place[name]) || '').trim();
      let text = value === '' ? need[name] : '';
      if (!text && name === 'id' && !/^[A-Za-z0-9_-]+$/.test(value)) text = 'Your respondent reference may only hold letters, digits, - and _.';
      if (text) {
        const control = document.getElementById('respondent-' + name);
        markInvalid(control, 'error-respondent-' + name, text);
        problems.push({ text: text, target: 'respondent-' + name });
      }
    });
    return problems;
  }

  function unansweredRequired() {
    const missing = [];
    data.questionnaires.forEach(function (q) {
      q.sections.forEach(function (part) {
        part.items.forEach(function (item) {
          if (item.required && isRelevant(q, item, state.answers[q.id]) && entry(q.id, item.id).state === 'missing')
            missing.push({ text: q.title + ', ' + item.id + ': ' + item.text, target: fieldId(q, item, 'item') });
        });
      });
    });
    return missing;
  }

  function save() {
    const problems = respondentProblems();
    if (problems.length) {
      showSummary('Your answers were not saved: your details are incomplete', problems);
      announce('Your answers were not saved. ' + problems.map(function (p) { return p.text; }).join(' '));
      return;
    }
    const name = safeName(area().code || area().name) + '-' + safeName(state.respondent.id) + '.response.json';
    const blob = new Blob([JSON.stringify(responseDocument(), null, 2) + '\n'], { type: 'application/json' });
    const link = el('a', { href: URL.createObjectURL(blob), download: name });
    document.body.appendChild(link);
    link.click();
    window.setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
    const missing = unansweredRequired();
    const saved = 'Saved your answers as ' + name + ' in your downloads folder. Send that file to your coordinator.';
    if (missing.length) {
      showSummary(saved + ' ' + missing.length + ' required question' + (missing.length === 1 ? ' is' : 's are') + ' still unanswered; you may answer them and save again', missing.slice(0, 20));
    } else {
      document.getElementById('summary').hidden = true;
    }
    document.getElementById('save-status').textContent = saved;
    announce(saved);
  }

  // Checks that a response file belongs to this form; returns the problems, empty when it does.
  function openProblems(doc) {
    if (!doc || doc.format !== 'spectrum.response/1') return ['It is not a Spectrum answers file (its "format" is not spectrum.response/1).'];
    const problems = [];
    const theirs = doc.area || {};
    if (areaFixed && (theirs.name !== data.area.name || (theirs.code || '') !== (data.area.code || '') || doc.period !== data.period))
      problems.push('It holds answers for ' + theirs.name + ' ' + doc.period + ', but this form is for ' + data.area.name + ' ' + data.period + '.');
    (doc.questionnaires || []).forEach(function (stamp) {
      const mine = data.questionnaires.find(function (q) { return q.id === stamp.id; });
      if (!mine) problems.push('It answers the questionnaire "' + stamp.id + '", which this form does not hold.');
      else if (mine.version !== stamp.version || mine.sha256 !== stamp.sha256)
        problems.push('It was made from another edition of "' + mine.title + '" (version ' + stamp.version + '; this form has ' + mine.version + ').');
    });
    return problems;
  }

  function open(file) {
    const reader = new FileReader();
    reader.onload = function () {
      let doc = null;
      try {
        doc = JSON.parse(reader.result);
      } catch (e) {
        doc = null;
      }
      const problems = openProblems(doc);
      if (problems.length) {
        showSummary(file.name + ' was not opened', problems.map(function (t) { return { text: t }; }));
        announce(file.name + ' was not opened. ' + problems.join(' '));
        return;
      }
      state = emptyState();
      Object.assign(state.respondent, doc.respondent || {});
      if (!areaFixed) {
        state.place = { area_name: (doc.area && doc.area.name) || '', area_code: (doc.area && doc.area.code) || '', period: doc.period || '' };
      }
      data.questionnaires.forEach(function (q) {
        if (doc.answers && doc.answers[q.id]) state.answers[q.id] = doc.answers[q.id];
      });
      store();
      fill();
      document.getElementById('summary').hidden = true;
      announce('Opened ' + file.name + '. You can carry on answering.');
    };
    reader.readAsText(file);
  }

  function startAgain() {
    if (!window.confirm('Clear every answer in this form? Saved files are not affected.')) return;
    state = emptyState();
    store();
    fill();
    announce('All answers cleared.');
  }

  // ---- Start ----

  let started = false;
  function start() {
    document.getElementById('area-title').textContent = areaFixed
      ? data.area.name + (data.area.code ? ' (' + data.area.code + ')' : '') + ', ' + data.period
      : 'Say below which area and period you answer for.';
    const restored = restore();
    renderRespondent();
    renderQuestionnaires();
    fill();
    showStorageNote();
    if (restored) document.getElementById('save-status').textContent = 'Welcome back: your earlier answers are here.';
    document.getElementById('save').addEventListener('click', save);
    document.getElementById('clear').addEventListener('click', startAgain);
    const picker = document.getElementById('open-file');
    picker.addEventListener('change', function () {
      if (picker.files.length) open(picker.files[0]);
      picker.value = '';
    });
    // Stored once more as the page goes away (tab closed, reload), in case a keystroke was the last thing.
    window.addEventListener('pagehide', store);
    document.getElementById('form-body').hidden = false;
    started = true;
  }

  window.SpectrumForm = {
    data: data,
    isRelevant: function (questionnaireId, itemId, answers) {
      const q = data.questionnaires.find(function (x) { return x.id === questionnaireId; });
      return isRelevant(q, itemsOf(q)[itemId], answers || {});
    },
    response: responseDocument,
    storageKey: storageKey
  };
  start();
})();
