## Funcționalitatea argumente: de ce există o măsură, pe baza a ceea ce a reieșit din participare.

evidence-heading = De ce această măsură: ce au spus oamenii
evidence-none = Încă nu au fost legate rezultate ale participării de această măsură.
evidence-unavailable = Argumentele pentru această măsură nu pot fi afișate în acest moment.
evidence-used-for = Argumente pentru aceste măsuri
evidence-link-summary = Legați de o măsură, ca argument
evidence-measure-label = Măsura
evidence-rationale-label = De ce contează acest lucru pentru măsură
evidence-rationale-hint = Folosiți cuvinte simple: locuitorii vor citi acest text pe pagina măsurii.
evidence-link-submit = Legați
evidence-unlink = Eliminați această legătură
evidence-kind-survey_question = Chestionare ({ $count })
evidence-kind-focus_group_finding = Grupuri de discuție ({ $count })
evidence-source-survey_question = Din chestionar
evidence-source-focus_group_finding = Din grupul de discuție
evidence-kind-forum_outcome = Discuții pe forum ({ $count })
evidence-source-forum_outcome = Din subiectul de pe forum
