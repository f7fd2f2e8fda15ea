#ifndef ADEX_GUIDE_CASSETS_H
#define ADEX_GUIDE_CASSETS_H
#include <stddef.h>

/// The bundled show file (Assets/adex-2024.json), embedded in the binary at build time so an
/// installed adex-guide works from any directory. Swift cannot import an array of unknown size,
/// hence the two accessor functions.
const unsigned char *cassets_bundled_show(void);
size_t cassets_bundled_show_size(void);

/// The ADEX 2022 exhibitor list (Assets/caat-adex-2022.json, a fair file of the CAAT/Omega
/// dataset, copied verbatim): the earlier edition of the bundled show.
const unsigned char *cassets_earlier_edition(void);
size_t cassets_earlier_edition_size(void);

#endif
