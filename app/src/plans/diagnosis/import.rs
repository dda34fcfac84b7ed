//! Reading a spreadsheet of entities the way Portuguese Excel saves one: "CSV (separado por
//! vírgulas)" writes `;` and Windows-1252, "CSV UTF-8" writes `;` or `,` with a byte-order mark.
//! The `csv` crate reads the records, `encoding_rs` the old encoding; the header row names the
//! columns (in Portuguese or English, accents and case aside). Each row is checked against the
//! plan (kinds, municipalities, areas, names already there) and keeps its own errors, so the
//! preview can show them line by line before anything is stored.

use serde::{Deserialize, Serialize};

use super::domain;
use crate::{
    core::{Invalid, Translated},
    i18n::Locale,
    plans::{model::ENTITY_KINDS, municipalities::folded},
};

/// Largest file read.
pub const MAX_FILE: usize = 1024 * 1024;
/// Most rows read.
pub const MAX_ROWS: usize = 2000;

/// A file's text and how its bytes were read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
}

/// The file's text: UTF-8 (with or without its byte-order mark), else Windows-1252. A file with
/// NUL bytes (a workbook, a PDF, an image) is not a CSV file.
pub fn decode(bytes: &[u8]) -> Result<Decoded, Invalid> {
    if bytes.len() > MAX_FILE {
        return Err(Invalid::ImportTooLarge);
    }
    let (body, bom) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (rest, true),
        None => (bytes, false),
    };
    if body.contains(&0) || body.iter().all(u8::is_ascii_whitespace) {
        return Err(Invalid::ImportNotCsv);
    }
    match std::str::from_utf8(body) {
        Ok(text) => Ok(Decoded { text: text.to_owned(), encoding: if bom { "UTF-8 (BOM)" } else { "UTF-8" } }),
        Err(_) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(body);
            Ok(Decoded { text: text.into_owned(), encoding: "Windows-1252" })
        }
    }
}

/// The columns Ponte reads; others are listed as ignored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Column {
    Name,
    Kind,
    Municipality,
    Areas,
    Services,
    Description,
    Website,
    Email,
    Phone,
    Address,
}

fn column(header: &str) -> Option<Column> {
    let h = folded(header);
    Some(match h.as_str() {
        "nome" | "name" | "entidade" | "entity" | "nome da entidade" => Column::Name,
        "tipo" | "type" | "kind" | "tipo de entidade" => Column::Kind,
        "concelho" | "municipio" | "municipality" => Column::Municipality,
        "areas" | "area" | "areas de intervencao" | "areas of action" => Column::Areas,
        "servicos" | "services" | "servicos prestados" => Column::Services,
        "descricao" | "description" => Column::Description,
        "site" | "sitio" | "website" | "pagina" | "web" => Column::Website,
        "email" | "e-mail" | "correio eletronico" => Column::Email,
        "telefone" | "phone" | "telemovel" | "contacto telefonico" => Column::Phone,
        "morada" | "address" | "endereco" => Column::Address,
        _ => return None,
    })
}

/// One problem of a row: the column it is in (as the file names it) and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowError {
    pub column: String,
    pub error: Invalid,
}

/// A row of the file, read.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportRow {
    /// Its line in the file (the header is line 1).
    pub line: u64,
    pub name: String,
    pub kind: String,
    /// The municipality's short name in the plan.
    pub municipality: Option<String>,
    /// Area codes.
    pub areas: Vec<String>,
    pub services: Vec<String>,
    pub description: String,
    pub website: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub address: Option<String>,
    pub errors: Vec<RowError>,
}

/// What a file holds for the plan.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Parsed {
    pub rows: Vec<ImportRow>,
    /// `;` or `,`.
    pub separator: char,
    /// Column headers not read.
    pub ignored: Vec<String>,
}

/// What the plan already has, to check rows against.
pub struct Known {
    /// (short name, name) of the plan's municipalities.
    pub municipalities: Vec<(String, String)>,
    /// (code, names) of the plan's areas.
    pub areas: Vec<(String, Translated)>,
    /// Names of the entities already in the diagnosis.
    pub names: Vec<String>,
}

/// `;` or `,`: whichever splits the header row into more columns.
fn separator(text: &str) -> u8 {
    let fields = |sep: u8| {
        let mut reader = csv::ReaderBuilder::new().delimiter(sep).has_headers(false).flexible(true).from_reader(text.as_bytes());
        reader.records().next().and_then(Result::ok).map_or(0, |r| r.len())
    };
    if fields(b',') > fields(b';') { b',' } else { b';' }
}

fn kind_of(raw: &str) -> Result<String, Invalid> {
    let wanted = folded(raw);
    if wanted.is_empty() {
        return Ok("other".to_owned());
    }
    ENTITY_KINDS
        .iter()
        .find(|k| folded(k) == wanted || Locale::all().any(|l| folded(&l.t(&format!("plans-entity-kind-{k}"))) == wanted))
        .map(|k| (*k).to_owned())
        .ok_or(Invalid::EntityKindUnknown)
}

fn split(cell: &str, separators: &[char]) -> Vec<String> {
    cell.split(|c| separators.contains(&c) || c == '\n').map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).collect()
}

/// Reads `text` (see [`decode`]) into rows checked against `known`. A file that is not a table
/// with a name column is refused as a whole.
pub fn parse(text: &str, known: &Known) -> Result<Parsed, Invalid> {
    let sep = separator(text);
    let mut reader = csv::ReaderBuilder::new().delimiter(sep).flexible(true).from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|_| Invalid::ImportNotCsv)?.clone();
    let columns: Vec<Option<Column>> = headers.iter().map(column).collect();
    if !columns.contains(&Some(Column::Name)) {
        return Err(Invalid::ImportNoNameColumn);
    }
    let ignored = headers.iter().zip(&columns).filter(|(h, c)| c.is_none() && !h.trim().is_empty()).map(|(h, _)| h.trim().to_owned()).collect();
    let mut seen: Vec<String> = known.names.iter().map(|n| folded(n)).collect();
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|_| Invalid::ImportNotCsv)?;
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if rows.len() == MAX_ROWS {
            return Err(Invalid::ImportTooLarge);
        }
        let mut row = ImportRow { line: record.position().map_or(0, |p| p.line()), kind: "other".to_owned(), ..ImportRow::default() };
        for ((cell, column), header) in record.iter().zip(&columns).zip(headers.iter()) {
            let cell = cell.trim();
            let Some(column) = column else { continue };
            let mut fail = |error: Invalid| row_error(&mut row.errors, header, error);
            match column {
                Column::Name => row.name = cell.to_owned(),
                Column::Kind => match kind_of(cell) {
                    Ok(k) => row.kind = k,
                    Err(e) => fail(e),
                },
                Column::Municipality if cell.is_empty() => {}
                Column::Municipality => {
                    let wanted = folded(cell);
                    match known.municipalities.iter().find(|(slug, name)| folded(name) == wanted || *slug == wanted) {
                        Some((slug, _)) => row.municipality = Some(slug.clone()),
                        None => fail(Invalid::MunicipalityNotInPlan),
                    }
                }
                Column::Areas => {
                    for wanted in split(cell, &['|', ';', ',', '/']) {
                        let f = folded(&wanted);
                        let found = known.areas.iter().find(|(code, names)| folded(code) == f || names.0.values().any(|n| folded(n) == f));
                        match found {
                            Some((code, _)) if !row.areas.contains(code) => row.areas.push(code.clone()),
                            Some(_) => {}
                            None => fail(Invalid::AreaUnknown),
                        }
                    }
                }
                Column::Services => match domain::services(&split(cell, &['|', ';']).join("\n")) {
                    Ok(list) => row.services = list,
                    Err(e) => fail(e),
                },
                Column::Description if cell.chars().count() > domain::LONG_MAX => fail(Invalid::TooLong),
                Column::Description => row.description = cell.to_owned(),
                Column::Website => domain::website(cell).map(|v| row.website = v).unwrap_or_else(&mut fail),
                Column::Email => domain::email(cell).map(|v| row.email = v).unwrap_or_else(&mut fail),
                Column::Phone => domain::phone(cell).map(|v| row.phone = v).unwrap_or_else(&mut fail),
                Column::Address if cell.chars().count() > domain::SHORT_MAX => fail(Invalid::TooLong),
                Column::Address => row.address = Some(cell.to_owned()).filter(|a| !a.is_empty()),
            }
        }
        let name_header = headers.iter().zip(&columns).find(|(_, c)| **c == Some(Column::Name)).map_or("", |(h, _)| h);
        if row.name.is_empty() {
            row_error(&mut row.errors, name_header, Invalid::EntityNameMissing);
        } else if row.name.chars().count() > domain::SHORT_MAX {
            row_error(&mut row.errors, name_header, Invalid::TooLong);
        } else if seen.contains(&folded(&row.name)) {
            row_error(&mut row.errors, name_header, Invalid::EntityDuplicate);
        } else {
            seen.push(folded(&row.name));
        }
        rows.push(row);
    }
    if rows.is_empty() {
        return Err(Invalid::ImportEmpty);
    }
    Ok(Parsed { rows, separator: char::from(sep), ignored })
}

fn row_error(errors: &mut Vec<RowError>, column: &str, error: Invalid) {
    errors.push(RowError { column: column.trim().to_owned(), error });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known() -> Known {
        let name = |pt: &str, en: &str| Translated([("pt-PT".to_owned(), pt.to_owned()), ("en".to_owned(), en.to_owned())].into_iter().collect());
        Known {
            municipalities: vec![("ribeira-do-lirio".into(), "Ribeira do Lírio".into()), ("serra-clara".into(), "Serra Clara".into())],
            areas: vec![("SAU".into(), name("Saúde", "Health")), ("LIN".into(), name("Língua", "Language"))],
            names: vec!["Rádio Lírio FM".into()],
        }
    }

    fn read(bytes: &[u8]) -> Result<(Decoded, Parsed), Invalid> {
        let decoded = decode(bytes)?;
        let parsed = parse(&decoded.text, &known())?;
        Ok((decoded, parsed))
    }

    const PT: &str = "Nome;Tipo;Concelho;Áreas;Serviços;Email\nAssociação Sol Nascente;Associação;Ribeira do Lírio;Saúde|LIN;Apoio jurídico|Aulas;sol@example.pt\n";

    #[test]
    fn excel_in_windows_1252_with_semicolons() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(PT);
        let (decoded, parsed) = read(&bytes).unwrap();
        assert_eq!(decoded.encoding, "Windows-1252");
        assert_eq!(parsed.separator, ';');
        let row = &parsed.rows[0];
        assert_eq!(row.name, "Associação Sol Nascente", "accents survive the old encoding");
        assert_eq!((row.kind.as_str(), row.municipality.as_deref()), ("association", Some("ribeira-do-lirio")));
        assert_eq!(row.areas, ["SAU", "LIN"]);
        assert_eq!(row.services, ["Apoio jurídico", "Aulas"]);
        assert!(row.errors.is_empty(), "{:?}", row.errors);
        assert_eq!(row.line, 2);
    }

    #[test]
    fn utf8_with_a_byte_order_mark_and_commas() {
        let text = "\u{feff}Name,Type,Municipality,Website,Notes\n\"Centro, Apoio\",claim,Serra Clara,https://centro.example.pt,ignored\n";
        let (decoded, parsed) = read(text.as_bytes()).unwrap();
        assert_eq!((decoded.encoding, parsed.separator), ("UTF-8 (BOM)", ','));
        assert_eq!(parsed.rows[0].name, "Centro, Apoio", "a quoted separator stays in its cell");
        assert_eq!(parsed.rows[0].kind, "claim");
        assert_eq!(parsed.ignored, ["Notes"]);
        let (decoded, parsed) = read(PT.as_bytes()).unwrap();
        assert_eq!((decoded.encoding, parsed.rows.len()), ("UTF-8", 1));
    }

    #[test]
    fn broken_rows_keep_their_errors_line_by_line() {
        let text = "Nome;Tipo;Concelho;Áreas;Site;Telefone\n;association;;;;\nRádio Lírio FM;media;;;;\nClube;clube;Lisboa;Desporto;www.x;12\nBoa;;;;;\nBoa;;;;;\n";
        let (_, parsed) = read(text.as_bytes()).unwrap();
        let errors: Vec<(u64, Vec<Invalid>)> = parsed.rows.iter().map(|r| (r.line, r.errors.iter().map(|e| e.error).collect())).collect();
        assert_eq!(
            errors,
            [
                (2, vec![Invalid::EntityNameMissing]),
                (3, vec![Invalid::EntityDuplicate]),
                (4, vec![Invalid::EntityKindUnknown, Invalid::MunicipalityNotInPlan, Invalid::AreaUnknown, Invalid::WebsiteInvalid, Invalid::PhoneInvalid]),
                (5, vec![]),
                (6, vec![Invalid::EntityDuplicate]),
            ]
        );
        assert_eq!(parsed.rows[2].errors[1].column, "Concelho");
    }

    #[test]
    fn files_that_are_not_a_table_of_entities_are_refused() {
        assert_eq!(read(b"PK\x03\x04\x14\x00\x00\x00binary").unwrap_err(), Invalid::ImportNotCsv, "a workbook");
        assert_eq!(read(b"").unwrap_err(), Invalid::ImportNotCsv);
        assert_eq!(read(b"Tipo;Concelho\nmedia;Serra Clara\n").unwrap_err(), Invalid::ImportNoNameColumn);
        assert_eq!(read(b"Nome;Tipo\n").unwrap_err(), Invalid::ImportEmpty);
        assert_eq!(read(&vec![b'a'; MAX_FILE + 1]).unwrap_err(), Invalid::ImportTooLarge);
    }
}
