## Funcționalitatea argumente: de ce există o măsură, pe baza a ceea ce a reieșit din participare.

evidence-heading = De ce această măsură: ce au spus oamenii
evidence-none = Încă nu au fost legate rezultate ale participării de această măsură.
evidence-unavailable = Argumentele pentru această măsură nu pot fi afișate în acest moment.
evidence-from-survey = Din chestionarul
evidence-used-for = Aceste rezultate au fost folosite pentru
evidence-link-summary = Legați aceste rezultate de o măsură
evidence-measure-label = Măsura
evidence-rationale-label = De ce contează aceste rezultate pentru măsură
evidence-rationale-hint = Folosiți cuvinte simple: locuitorii vor citi acest text pe pagina măsurii.
evidence-link-submit = Legați
evidence-unlink = Eliminați această legătură
