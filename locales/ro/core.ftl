## Structura paginii, navigarea și cuvintele comune.

core-skip-to-content = Salt la conținutul principal
core-tagline = Construiți împreună planul de integrare al municipiului dumneavoastră
core-footer-nav = Linkurile site-ului
core-nav-plans = Planuri
core-nav-accessibility = Declarație de accesibilitate
core-footer-about = Ponte este o platformă cu cod sursă deschis pentru elaborarea planurilor municipale de integrare a migranților, împreună cu locuitorii, imigranții și asociațiile lor.
core-language-picker = Limba
core-fallback-note = (Încă netradus: afișat în { $language }.)
core-back-home = Înapoi la pagina principală
core-loading = Se încarcă…
core-breadcrumbs = Vă aflați aici
core-unknown = Nespecificat
core-period = { $start } – { $end }
core-date = { $day } { $month } { $year }
core-month-1 = ianuarie
core-month-2 = februarie
core-month-3 = martie
core-month-4 = aprilie
core-month-5 = mai
core-month-6 = iunie
core-month-7 = iulie
core-month-8 = august
core-month-9 = septembrie
core-month-10 = octombrie
core-month-11 = noiembrie
core-month-12 = decembrie
