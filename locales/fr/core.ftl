## Mise en page, navigation et mots communs.

core-skip-to-content = Aller au contenu principal
core-tagline = Construisons ensemble le plan d’intégration de votre municipalité
core-footer-nav = Liens du site
core-nav-plans = Plans
core-nav-accessibility = Déclaration d’accessibilité
core-footer-about = Ponte est une plateforme libre (open source) pour construire les plans municipaux d’intégration des migrants avec les habitants, les immigrés et leurs associations.
core-language-picker = Langue
core-fallback-note = (Pas encore traduit : affiché en { $language }.)
core-back-home = Retour à la page d’accueil
core-loading = Chargement…
core-breadcrumbs = Vous êtes ici
core-unknown = Non indiqué
core-period = Du { $start } au { $end }
core-date = { $day } { $month } { $year }
core-month-1 = janvier
core-month-2 = février
core-month-3 = mars
core-month-4 = avril
core-month-5 = mai
core-month-6 = juin
core-month-7 = juillet
core-month-8 = août
core-month-9 = septembre
core-month-10 = octobre
core-month-11 = novembre
core-month-12 = décembre
