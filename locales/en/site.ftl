## Site-wide pages: accessibility statement.

site-a11y-title = Accessibility statement
site-a11y-commitment = The municipalities that use Ponte are committed to making it accessible to everyone, in line with Decree-Law no. 83/2018 of 19 October, which transposes Directive (EU) 2016/2102.
site-a11y-status-heading = Compliance status
site-a11y-status = This platform aims to meet level AA of the Web Content Accessibility Guidelines (WCAG) 2.1, as required by the European standard EN 301 549. It is partially compliant: the parts that are not yet fully compliant are listed below.
site-a11y-how-heading = What we do to make it accessible
site-a11y-how-keyboard = Every page can be used with the keyboard alone, and there is a link to skip to the main content.
site-a11y-how-nojs = Every page works without JavaScript and on simple phones.
site-a11y-how-languages = The platform is available in several languages, including languages written from right to left, and each text is marked with its language.
site-a11y-how-tests = Every page is tested automatically with the axe-core accessibility checker before each release.
site-a11y-limits-heading = Known limitations
site-a11y-limits = Some content written by the municipalities and organisations is not yet translated into every language; when this happens the page says in which language the text is shown. Audio versions of texts are not yet available.
site-a11y-feedback-heading = Feedback and contact
site-a11y-feedback = If you find a barrier on this platform, or need information in another format, write to:
site-a11y-feedback-no-email = If you find a barrier on this platform, or need information in another format, please contact your municipality's services.
site-a11y-enforcement-heading = Enforcement procedure
site-a11y-enforcement = If you are not satisfied with the answer, you can complain to the Agency for Administrative Modernisation (AMA), which supervises the accessibility of public websites in Portugal, through the Portal da Acessibilidade (acessibilidade.gov.pt).
site-a11y-prepared = This statement was prepared in November 2026 and is reviewed with every release.
