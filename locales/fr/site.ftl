## Pages générales du site : déclaration d’accessibilité.

site-a11y-title = Déclaration d’accessibilité
site-a11y-commitment = Les municipalités qui utilisent Ponte s’engagent à la rendre accessible à tous, conformément à la loi portugaise (Decreto-Lei n.º 83/2018 du 19 octobre), qui transpose la directive (UE) 2016/2102.
site-a11y-status-heading = État de conformité
site-a11y-status = Cette plateforme vise le niveau AA des Règles pour l’accessibilité des contenus Web (WCAG) 2.1, comme l’exige la norme européenne EN 301 549. Elle est partiellement conforme : les parties qui ne sont pas encore totalement conformes sont indiquées ci-dessous.
site-a11y-how-heading = Ce que nous faisons pour la rendre accessible
site-a11y-how-keyboard = Chaque page peut être utilisée avec le clavier seul, et un lien permet d’aller directement au contenu principal.
site-a11y-how-nojs = Chaque page fonctionne sans JavaScript et sur des téléphones simples.
site-a11y-how-languages = La plateforme est disponible en plusieurs langues, y compris des langues qui s’écrivent de droite à gauche, et chaque texte est marqué avec sa langue.
site-a11y-how-tests = Chaque page est testée automatiquement avec l’outil de vérification d’accessibilité axe-core avant chaque nouvelle version.
site-a11y-limits-heading = Limites connues
site-a11y-limits = Certains contenus écrits par les municipalités et les organisations ne sont pas encore traduits dans toutes les langues ; dans ce cas, la page indique dans quelle langue le texte est affiché. Les versions audio des textes ne sont pas encore disponibles.
site-a11y-feedback-heading = Avis et contact
site-a11y-feedback = Si vous rencontrez un obstacle sur cette plateforme, ou si vous avez besoin d’informations dans un autre format, écrivez à :
site-a11y-feedback-no-email = Si vous rencontrez un obstacle sur cette plateforme, ou si vous avez besoin d’informations dans un autre format, veuillez contacter les services de votre municipalité.
site-a11y-enforcement-heading = Voies de recours
site-a11y-enforcement = Si la réponse ne vous satisfait pas, vous pouvez porter plainte auprès de l’Agence pour la modernisation administrative (AMA), qui contrôle l’accessibilité des sites web publics au Portugal, sur le Portal da Acessibilidade (acessibilidade.gov.pt).
site-a11y-prepared = Cette déclaration a été établie en novembre 2026 et elle est revue à chaque nouvelle version.
