## Estructura de la página, navegación y palabras comunes.

core-skip-to-content = Saltar al contenido principal
core-tagline = Construyamos juntos el plan de integración de su municipio
core-footer-nav = Enlaces del sitio
core-nav-plans = Planes
core-nav-accessibility = Declaración de accesibilidad
core-footer-about = Ponte es una plataforma de código abierto para elaborar los planes municipales de integración de migrantes junto con los residentes, las personas inmigrantes y sus asociaciones.
core-language-picker = Idioma
core-fallback-note = (Aún sin traducir: se muestra en { $language }.)
core-back-home = Volver a la página de inicio
core-loading = Cargando…
core-breadcrumbs = Usted está aquí
core-unknown = No indicado
core-period = Del { $start } al { $end }
core-date = { $day } de { $month } de { $year }
core-month-1 = enero
core-month-2 = febrero
core-month-3 = marzo
core-month-4 = abril
core-month-5 = mayo
core-month-6 = junio
core-month-7 = julio
core-month-8 = agosto
core-month-9 = septiembre
core-month-10 = octubre
core-month-11 = noviembre
core-month-12 = diciembre
