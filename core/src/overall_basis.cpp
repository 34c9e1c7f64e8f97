// Which scores the overall position combines: individual, agreed, or agreed where agreed.
#include <spectrum/profile.h>

namespace spectrum {

bool is_overall_basis(std::string_view name) {
  return name == kBasisAgreedWhereAgreed || name == kBasisIndividual || name == kBasisAgreed;
}

std::string basis_description(std::string_view basis) {
  if (basis == kBasisAgreedWhereAgreed)
    return "each domain's agreed score where the workshop agreed one, its individual score otherwise";
  if (basis == kBasisAgreed)
    return "the agreed scores only; domains without a workshop agreement are left out";
  return "each domain's score from the respondents' individual answers";
}

std::optional<double> basis_score(const DomainProfile& domain, std::string_view basis) {
  const bool agreed = domain.agreed && domain.agreed->scored();
  if (basis == kBasisAgreed) return agreed ? std::optional<double>(domain.agreed->score) : std::nullopt;
  if (basis == kBasisAgreedWhereAgreed && agreed) return domain.agreed->score;
  if (domain.scored()) return domain.score;
  return std::nullopt;
}

}  // namespace spectrum
