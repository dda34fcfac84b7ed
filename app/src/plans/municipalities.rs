//! Portugal's 308 municipalities (`municipalities.csv`, from the official administrative map:
//! its header names the source): the code INE gives each (DICO), its name and its district or
//! autonomous region. Plans name their municipalities by code; people find them by name, with or
//! without accents ("Setubal" finds Setúbal).

use std::sync::LazyLock;

use serde::Deserialize;

use super::calendar::Region;

const DATA: &str = include_str!("municipalities.csv");

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Municipality {
    /// Four digits: the district's (or island's) two, then the municipality's.
    pub dico: String,
    pub name: String,
    /// The district, or "Região Autónoma dos Açores" / "Região Autónoma da Madeira".
    pub district: String,
}

impl Municipality {
    /// Where its regional holidays apply (see `calendar`).
    pub fn region(&self) -> Region {
        match self.dico.get(..2).and_then(|d| d.parse::<u8>().ok()) {
            Some(31..=32) => Region::Madeira,
            Some(41..=49) => Region::Azores,
            _ => Region::Mainland,
        }
    }
}

static ALL: LazyLock<Vec<Municipality>> = LazyLock::new(|| {
    csv::ReaderBuilder::new()
        .comment(Some(b'#'))
        .from_reader(DATA.as_bytes())
        .deserialize()
        // The file ships with the code, and a test checks that all 308 rows are read.
        .filter_map(|row: Result<Municipality, csv::Error>| row.ok())
        .collect()
});

/// Every municipality, by code.
pub fn all() -> &'static [Municipality] {
    &ALL
}

/// The municipality of code `dico` (the list is in code order: a binary search).
pub fn by_dico(dico: &str) -> Option<&'static Municipality> {
    ALL.binary_search_by(|m| m.dico.as_str().cmp(dico)).ok().and_then(|i| ALL.get(i))
}

/// The districts and autonomous regions, in code order.
pub fn districts() -> Vec<&'static str> {
    let mut seen: Vec<&'static str> = Vec::new();
    for m in ALL.iter() {
        if !seen.contains(&m.district.as_str()) {
            seen.push(&m.district);
        }
    }
    seen
}

/// A name as search compares it: no accents, no case, single spaces.
pub fn folded(text: &str) -> String {
    deunicode::deunicode(text).to_lowercase().split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The municipalities whose name contains `query` (accents and case aside), by code.
pub fn search(query: &str) -> Vec<&'static Municipality> {
    let query = folded(query);
    if query.is_empty() {
        return Vec::new();
    }
    ALL.iter().filter(|m| folded(&m.name).contains(&query)).collect()
}
