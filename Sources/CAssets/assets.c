#include "CAssets.h"

// C23 #embed: the JSON stays a plain, diffable file in Assets/, and clang records it as a
// dependency, so editing the data rebuilds this file.
static const unsigned char bundled_show[] = {
#embed "../../Assets/adex-2024.json"
};

const unsigned char *cassets_bundled_show(void) { return bundled_show; }
size_t cassets_bundled_show_size(void) { return sizeof bundled_show; }

// The ADEX 2022 exhibitor list, verbatim from the CAAT/Omega dataset (Assets/README.md): the
// earlier edition the bundled guide compares ADEX-2024's exhibitors with.
static const unsigned char earlier_edition[] = {
#embed "../../Assets/caat-adex-2022.json"
};

const unsigned char *cassets_earlier_edition(void) { return earlier_edition; }
size_t cassets_earlier_edition_size(void) { return sizeof earlier_edition; }
