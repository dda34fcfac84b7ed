## Páginas generales del sitio: declaración de accesibilidad.

site-a11y-title = Declaración de accesibilidad
site-a11y-commitment = Los municipios que usan Ponte se comprometen a hacerla accesible para todas las personas, conforme al Decreto-Lei n.º 83/2018, de 19 de octubre, que transpone la Directiva (UE) 2016/2102.
site-a11y-status-heading = Estado de conformidad
site-a11y-status = Esta plataforma busca cumplir el nivel AA de las Pautas de Accesibilidad para el Contenido Web (WCAG) 2.1, como exige la norma europea EN 301 549. Es parcialmente conforme: las partes que todavía no son totalmente conformes se indican más abajo.
site-a11y-how-heading = Qué hacemos para que sea accesible
site-a11y-how-keyboard = Todas las páginas se pueden usar solo con el teclado, y hay un enlace para saltar al contenido principal.
site-a11y-how-nojs = Todas las páginas funcionan sin JavaScript y en teléfonos sencillos.
site-a11y-how-languages = La plataforma está disponible en varios idiomas, incluidos idiomas que se escriben de derecha a izquierda, y cada texto está marcado con su idioma.
site-a11y-how-tests = Todas las páginas se prueban automáticamente con el verificador de accesibilidad axe-core antes de cada nueva versión.
site-a11y-limits-heading = Limitaciones conocidas
site-a11y-limits = Algunos contenidos escritos por los municipios y las organizaciones todavía no están traducidos a todos los idiomas; cuando esto ocurre, la página indica en qué idioma se muestra el texto. Todavía no hay versiones en audio de los textos.
site-a11y-feedback-heading = Comentarios y contacto
site-a11y-feedback = Si encuentra una barrera en esta plataforma o necesita la información en otro formato, escriba a:
site-a11y-feedback-no-email = Si encuentra una barrera en esta plataforma o necesita la información en otro formato, comuníquese con los servicios de su municipio.
site-a11y-enforcement-heading = Procedimiento de reclamación
site-a11y-enforcement = Si no queda satisfecho con la respuesta, puede presentar una queja ante la Agencia para la Modernización Administrativa (AMA, Agência para a Modernização Administrativa), que supervisa la accesibilidad de los sitios web públicos en Portugal, a través del Portal da Acessibilidade (acessibilidade.gov.pt).
site-a11y-prepared = Esta declaración se elaboró en noviembre de 2026 y se revisa con cada nueva versión.
