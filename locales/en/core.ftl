## Layout, navigation and shared words.

core-skip-to-content = Skip to main content
core-tagline = Build your municipality's integration plan together
core-footer-nav = Site links
core-nav-plans = Plans
core-nav-accessibility = Accessibility statement
core-footer-about = Ponte is an open-source platform for building municipal plans for the integration of migrants together with residents, immigrants and their associations.
core-language-picker = Language
core-fallback-note = (Not translated yet: shown in { $language }.)
core-back-home = Back to the home page
core-loading = Loading…
core-breadcrumbs = You are here
core-unknown = Not stated
core-period = { $start } to { $end }
core-date = { $day } { $month } { $year }
core-month-1 = January
core-month-2 = February
core-month-3 = March
core-month-4 = April
core-month-5 = May
core-month-6 = June
core-month-7 = July
core-month-8 = August
core-month-9 = September
core-month-10 = October
core-month-11 = November
core-month-12 = December
