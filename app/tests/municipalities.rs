#![allow(clippy::expect_used, clippy::unwrap_used)] // test helpers fail loudly
//! Data shipped with Ponte for new plans: the official list of Portugal's municipalities (and
//! finding one by name), and the 16 intervention areas every plan starts with.

use ponte_app::plans::{
    calendar::Region,
    municipalities::{all, by_dico, districts, search},
};

#[test]
fn all_308_municipalities_with_their_codes_and_districts() {
    assert_eq!(all().len(), 308, "every row of municipalities.csv is read");
    let codes: Vec<&str> = all().iter().map(|m| m.dico.as_str()).collect();
    assert!(codes.windows(2).all(|w| w[0] < w[1]), "codes are unique and in order (found by binary search)");
    assert!(all().iter().all(|m| m.dico.len() == 4 && m.dico.bytes().all(|b| b.is_ascii_digit())));
    assert_eq!(districts().len(), 20, "18 districts and the 2 autonomous regions");
    for (dico, name, district) in [
        ("1106", "Lisboa", "Lisboa"),
        ("1312", "Porto", "Porto"),
        ("1512", "Setúbal", "Setúbal"),
        ("0805", "Faro", "Faro"),
        ("0705", "Évora", "Évora"),
        ("1012", "Óbidos", "Leiria"),
        ("0816", "Vila Real de Santo António", "Faro"),
        ("3103", "Funchal", "Região Autónoma da Madeira"),
        ("4203", "Ponta Delgada", "Região Autónoma dos Açores"),
    ] {
        let m = by_dico(dico).expect(dico);
        assert_eq!((m.name.as_str(), m.district.as_str()), (name, district));
    }
    assert_eq!(by_dico("3103").map(|m| m.region()), Some(Region::Madeira));
    assert_eq!(by_dico("4203").map(|m| m.region()), Some(Region::Azores));
    assert_eq!(by_dico("1106").map(|m| m.region()), Some(Region::Mainland));
    assert!(by_dico("9999").is_none());
}

#[test]
fn names_are_found_with_or_without_accents() {
    let names = |q: &str| search(q).iter().map(|m| m.name.clone()).collect::<Vec<_>>();
    assert_eq!(names("Setubal"), ["Setúbal"]);
    assert_eq!(names("setúbal"), ["Setúbal"]);
    assert_eq!(names("  OBIDOS "), ["Óbidos"]);
    assert_eq!(names("vila real"), ["Vila Real de Santo António", "Vila Real"], "by code");
    assert_eq!(search("Lagoa").iter().map(|m| m.dico.as_str()).collect::<Vec<_>>(), ["0806", "4201"], "two, in Faro and the Azores");
    assert!(search("").is_empty() && search("   ").is_empty());
    assert!(search("Atlântida").is_empty());
}

#[test]
fn new_plans_start_with_the_16_areas_named_in_every_language() {
    use ponte_app::{i18n::Locale, plans::create::standard_areas};
    let areas = standard_areas();
    assert_eq!(areas.len(), 16);
    assert_eq!(areas[0].code, "CA");
    for area in areas {
        for locale in Locale::all() {
            let name = area.name.0.get(locale.tag()).map(String::as_str).unwrap_or_default();
            assert!(!name.trim().is_empty(), "{}: no name in {}", area.code, locale.tag());
            assert!(area.description.0.get(locale.tag()).is_some_and(|d| !d.trim().is_empty()), "{}: no description in {}", area.code, locale.tag());
        }
    }
}
