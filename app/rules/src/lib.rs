//! The rules the browser and the server share, in a crate small enough for the enhancement
//! module (`ponte-enhance`) to carry: multilingual content (`content`), a survey's questions and
//! conditions (`definition`), the answer decoder (`answers`) and the field names a section's
//! form sends (`fields`). Nothing here renders or stores anything; the server's check is the one
//! that counts, the browser's only gives instant feedback with the very same code.

pub mod answers;
pub mod content;
pub mod date;
pub mod definition;
pub mod fields;
pub mod live;
