#include "CAssets.h"

// C23 #embed: the JSON stays a plain, diffable file in Assets/, and clang records it as a
// dependency, so editing the data rebuilds this file.
static const unsigned char bundled_show[] = {
#embed "../../Assets/adex-2024.json"
};

const unsigned char *cassets_bundled_show(void) { return bundled_show; }
size_t cassets_bundled_show_size(void) { return sizeof bundled_show; }
