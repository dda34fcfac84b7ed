## Fonction questionnaires : répondre à un questionnaire, résultats, codes à usage unique et outils pour les facilitateurs.

surveys-list-title = Questionnaires
surveys-list-intro = Répondez dans votre langue. Vos réponses aident à choisir les mesures du plan.
surveys-list-empty = Il n’y a pas encore de questionnaire pour ce plan.

surveys-phase-draft = Pas encore publié
surveys-phase-not-yet-open = Pas encore ouvert
surveys-phase-open = Ouvert
surveys-phase-closed = Fermé
surveys-open-until = Ouvert jusqu’au { $date }
surveys-opens-on = Ouvre le { $date }

surveys-facts = { $questions ->
    [one] { $questions } question
   *[other] { $questions } questions
} en { $sections ->
    [one] { $sections } partie
   *[other] { $sections } parties
}. Vous pouvez passer toute question qui n’est pas marquée comme obligatoire.
surveys-languages-heading = Vous pouvez répondre dans ces langues
surveys-privacy-heading = Ce que nous gardons
surveys-privacy-open = Vous n’avez pas besoin de vous connecter ni de donner votre nom. Ce navigateur se souvient que vous avez répondu, pour que chaque personne ne réponde qu’une fois.
surveys-privacy-codes = Il vous faut le code écrit sur le papier qu’on vous a remis. Le code ne peut servir qu’une fois. Vos réponses ne sont pas liées au code : nous notons seulement qu’il a été utilisé.
surveys-privacy-account = Vous devez vous connecter, pour que chaque personne ne réponde qu’une fois. Vos réponses ne sont pas liées à votre compte : nous notons seulement que ce compte a répondu.
surveys-privacy-held = Pour que personne ne puisse relier vos réponses à vous — pas même quelqu’un qui peut lire notre base de données —, elles sont mises de côté jusqu’à l’arrivée de celles d’au moins 4 autres personnes, puis enregistrées toutes ensemble, dans un ordre au hasard, avec le jour de l’enregistrement. D’ici là, elles ne comptent pas dans les résultats.
surveys-privacy-address = Pour empêcher quelqu’un d’envoyer beaucoup de réponses, nous comptons pendant une heure les réponses venant de chaque adresse internet, avec un code qui ne permet pas de retrouver l’adresse et qui est effacé au bout d’un jour.
surveys-privacy-stored = Nous gardons vos réponses, la langue dans laquelle vous avez répondu et le jour (pas l’heure). Nous ne gardons pas votre nom, votre e-mail, votre adresse internet ni rien d’autre qui dise qui vous êtes.

surveys-take-part-heading = Participer
surveys-start = Commencer le questionnaire
surveys-continue = Reprendre là où vous en étiez
surveys-sign-in-to-answer = Se connecter pour répondre
surveys-already-answered = Vous avez déjà répondu à ce questionnaire depuis cet appareil ou ce compte. Merci !
surveys-cannot-answer-draft = Ce questionnaire n’est pas encore publié. Vous le voyez parce que vous le préparez.
surveys-cannot-answer-not-yet-open = Ce questionnaire n’est pas encore ouvert aux réponses.
surveys-cannot-answer-closed = Ce questionnaire est fermé. Merci à toutes les personnes qui ont répondu.
surveys-see-results = Voir les résultats
surveys-rate-limited = Beaucoup de réponses sont arrivées de votre connexion internet pendant la dernière heure. Veuillez réessayer plus tard, ou demandez un formulaire papier à un facilitateur.

surveys-code-label = Votre code
surveys-code-hint = Le code est sur le papier qu’on vous a remis, par exemple ABCD-2345. Vous pouvez l’écrire en majuscules ou en minuscules.
surveys-resume-heading = Reprendre des réponses enregistrées
surveys-resume-label = Votre code de reprise
surveys-resume-hint = Le code qui vous a été montré quand vous avez enregistré vos réponses, par exemple ABCD-EFGH-2345.
surveys-resume-submit = Reprendre

surveys-answer-title = Réponses
surveys-progress = Partie { $current } sur { $total }
surveys-required = (obligatoire)
surveys-yes = Oui
surveys-no = Non
surveys-prefer-not-to-say = Je préfère ne pas répondre
surveys-other = Autre
surveys-other-write = Autre : précisez
surveys-choose = Choisissez une réponse
surveys-choose-any = Choisissez toutes les réponses qui conviennent.
surveys-choose-up-to = { $count ->
    [one] Choisissez { $count } réponse au maximum.
   *[other] Choisissez jusqu’à { $count } réponses.
}
surveys-ranking-hint = Donnez à chacune un numéro différent : 1 est la plus importante.
surveys-number-between = Un nombre entre { $min } et { $max }.
surveys-text-limit = Jusqu’à { $count } caractères.
surveys-date-hint = Jour, mois et année.
surveys-only-if = Répondez seulement si vous avez répondu « { $answer } » ci-dessus.
surveys-only-if-not = Répondez seulement si vous n’avez pas répondu « { $answer } » ci-dessus.
surveys-only-if-answered = Répondez seulement si vous avez répondu à la question ci-dessus.
surveys-more-questions = Vos réponses ont fait apparaître d’autres questions sur cette page. Regardez-les avant de continuer.
surveys-problems-title = Veuillez vérifier ces réponses
surveys-problem-required = Veuillez répondre à cette question.
surveys-problem-unknown-option = Cette réponse ne fait pas partie des choix. Veuillez choisir de nouveau.
surveys-problem-too-many-values = Veuillez donner une seule réponse ici.
surveys-problem-too-many-choices = Vous avez choisi trop de réponses. Veuillez en choisir moins.
surveys-problem-out-of-range = Cette valeur est en dehors des limites autorisées.
surveys-problem-too-long = Ce texte est trop long. Veuillez le raccourcir.
surveys-problem-not-a-number = Veuillez écrire un nombre, par exemple 12.
surveys-problem-not-a-date = Veuillez donner une date complète : jour, mois et année.
surveys-problem-incomplete = Cette réponse n’est pas complète. Veuillez la terminer.
surveys-next = Suivant
surveys-send = Envoyer mes réponses
surveys-back = Précédent
surveys-save = Enregistrer et continuer plus tard
surveys-answer-in = Changer de langue. Vos réponses sont conservées :

surveys-saved-title = Vos réponses sont enregistrées
surveys-saved-intro = Pour continuer plus tard, sur cet appareil ou sur un autre, ouvrez le questionnaire et tapez ce code :
surveys-saved-keep = Notez-le sur un papier ou prenez-le en photo. Vos réponses sont gardées 30 jours.
surveys-saved-no-code = Vos réponses sont enregistrées sur cet appareil. Ouvrez de nouveau le questionnaire pour continuer.
surveys-back-to-survey = Retour au questionnaire
surveys-back-to-plan = Retour au plan

surveys-thanks-title = Merci pour vos réponses
surveys-thanks-intro = Vos réponses ont bien été reçues. La municipalité publiera ce qu’elle en a appris et la façon dont elle l’utilise dans le plan.

surveys-results-title = Résultats
surveys-results-total = { $count ->
    [one] { $count } réponse
   *[other] { $count } réponses
}
surveys-results-too-few = Moins de 5 réponses : elles ne sont pas affichées, pour protéger les personnes qui ont répondu.
surveys-results-suppressed-note = Pour protéger les personnes qui ont répondu, les groupes de moins de 5 personnes ne sont pas affichés.
surveys-results-no-breakdown = La répartition par langue ou par mode de réponse n’est montrée qu’aux facilitateurs du plan : comparée aux totaux, elle pourrait révéler de petits groupes.
surveys-results-held = { $count ->
    [one] { $count } réponse est mise de côté jusqu’à ce qu’il y en ait au moins 5 (ou que le questionnaire ferme), pour que personne ne puisse la relier à la personne qui l’a donnée. Elle n’est pas encore comptée.
   *[other] { $count } réponses sont mises de côté jusqu’à ce qu’il y en ait au moins 5 (ou que le questionnaire ferme), pour que personne ne puisse les relier aux personnes qui les ont données. Elles ne sont pas encore comptées.
}
surveys-results-exact-note = Vous voyez les chiffres exacts parce que vous travaillez sur ce plan. Les résultats publiés cachent les groupes de moins de 5 personnes.
surveys-results-answered = { $count ->
    [one] { $count } personne a répondu
   *[other] { $count } personnes ont répondu
}
surveys-results-mean-median = Moyenne : { $mean } · médiane : { $median }
surveys-results-several = Chacun pouvait choisir plus d’une réponse : le total des pourcentages dépasse donc 100 %.
surveys-results-answer = Réponse
surveys-results-count = Personnes
surveys-results-percent = Part
surveys-results-chart = Graphique
surveys-fewer-than-5 = moins de 5
surveys-results-more-texts = Seules les réponses les plus récentes sont affichées ici. Téléchargez les données pour toutes les lire.
surveys-text-hidden = Masquée par un modérateur : n’apparaît pas dans les résultats publiés.
surveys-text-hide = Masquer cette réponse
surveys-text-show = Afficher de nouveau cette réponse
surveys-filter-label = Filtrer les résultats
surveys-filter-language = Langue des réponses
surveys-filter-channel = Comment les réponses sont arrivées
surveys-filter-all = Toutes
surveys-filter-apply = Afficher

surveys-channel-online = En ligne, par la personne elle-même
surveys-channel-paper = Formulaire papier
surveys-channel-interview = Entretien avec un facilitateur
surveys-channel-interpreter = Entretien avec un interprète

surveys-manage-heading = Pour les facilitateurs
surveys-response-count = { $count ->
    [one] { $count } réponse pour l’instant.
   *[other] { $count } réponses pour l’instant.
}
surveys-preview = Aperçu du questionnaire
surveys-preview-note = Aperçu : rien de ce que vous choisissez ici n’est envoyé ni gardé.
surveys-preview-nav = Pages de l’aperçu
surveys-preview-end = Quitter l’aperçu
surveys-export-csv = Télécharger les réponses (CSV, pour tableur)
surveys-export-json = Télécharger les réponses (JSON)
surveys-assisted-heading = Saisir une réponse pour quelqu’un
surveys-assisted-intro = Pour les formulaires papier et les entretiens. Choisissez comment les réponses ont été recueillies ; ensuite, remplissez le questionnaire avec les réponses de la personne.
surveys-assisted-note = Vous saisissez une réponse au nom d’une autre personne :
surveys-assisted-start = Commencer la saisie
surveys-channel-label = Comment les réponses ont été recueillies
surveys-interview-lang-label = Langue de l’entretien
surveys-interview-lang-same = La langue du questionnaire
surveys-entered = La réponse a été enregistrée. Vous pouvez en saisir une autre.

surveys-codes-title = Codes à usage unique
surveys-codes-intro = Chaque code permet à une personne de répondre une fois. Imprimez les codes et distribuez-les pendant les réunions.
surveys-codes-counts = { $unused ->
    [one] { $unused } code pas encore utilisé
   *[other] { $unused } codes pas encore utilisés
}, { $used ->
    [one] { $used } utilisé.
   *[other] { $used } utilisés.
}
surveys-codes-count-label = Nombre de nouveaux codes
surveys-codes-count-hint = De 1 à 500.
surveys-codes-create = Créer les codes
surveys-codes-print = Imprimez cette page pour obtenir un papier par code non utilisé.
surveys-slip-go-to = Allez sur
surveys-slip-code = et tapez le code
surveys-slip-qr = Code QR : scannez-le avec l’appareil photo de votre téléphone pour ouvrir le questionnaire avec ce code déjà saisi

## Le créateur de questionnaires (facilitateurs).
surveys-builder-title = Modifier le questionnaire
surveys-builder-new-title = Nouveau questionnaire
surveys-builder-new-intro = Donnez au questionnaire un titre et une adresse web courte. Vous ajouterez ensuite les questions ; personne ne voit le questionnaire tant que vous ne l’avez pas publié.
surveys-builder-title-label = Titre
surveys-builder-slug-label = Nom court pour l’adresse web
surveys-builder-slug-hint = Lettres minuscules, chiffres et tirets, par exemple questionnaire-2027.
surveys-builder-own-language = La langue d’origine du questionnaire
surveys-builder-access-label = Qui peut répondre
surveys-access-open = Tout le monde, sans se connecter (une réponse par appareil)
surveys-access-codes = Les personnes ayant un code à usage unique remis sur papier
surveys-access-account = Les personnes qui se connectent (une réponse par compte)
surveys-builder-create = Créer le questionnaire
surveys-builder-saved = Enregistré.
surveys-builder-languages-heading = Langues
surveys-builder-languages-hint = Choisissez une langue pour écrire ou vérifier ses textes. La langue d’origine du questionnaire apparaît en premier.
surveys-builder-language = Langue
surveys-builder-translations = Textes
surveys-builder-complete = Tous les textes sont écrits
surveys-builder-missing = { $count ->
    [one] { $count } texte manquant
   *[other] { $count } textes manquants
}
surveys-builder-not-a-survey-language = Le questionnaire n’est pas proposé dans cette langue. Choisissez une de ses langues ci-dessus.
surveys-builder-offered-languages = Langues dans lesquelles le questionnaire est proposé
surveys-builder-offered-languages-hint = Les personnes peuvent répondre dans les langues cochées ici. Ajoutez une langue une fois ses textes écrits ; la langue d’origine du questionnaire est toujours proposée.
surveys-builder-publish-missing = Certains textes ne sont pas encore traduits : { $languages }. Les personnes qui répondent dans ces langues voient ces textes en { $language }.
surveys-builder-status-heading = État
surveys-builder-published = Publié.
surveys-builder-draft = Brouillon : seuls les facilitateurs peuvent le voir.
surveys-builder-publish = Publier
surveys-builder-unpublish = Remettre en brouillon
surveys-builder-locked = Le questionnaire a déjà des réponses : vous pouvez modifier ses textes, mais pas ses questions, ses choix ni qui peut répondre.
surveys-builder-settings-heading = Paramètres
surveys-builder-intro-label = Introduction
surveys-builder-opens-label = Date d’ouverture (facultatif)
surveys-builder-closes-label = Date de fermeture (facultatif)
surveys-builder-results-public = Publier les résultats (les groupes de moins de 5 personnes restent cachés)
surveys-builder-save = Enregistrer
surveys-builder-questions-heading = Questions
surveys-builder-translating-hint = Vous écrivez les textes dans une autre langue. Les questions et les choix s’ajoutent et se retirent dans la langue d’origine du questionnaire.
surveys-builder-section-title = Titre de cette partie
surveys-builder-kind-label = Type de question
surveys-builder-question-text = Question
surveys-builder-add-question = Ajouter la question
surveys-builder-add-section = Ajouter une partie
surveys-builder-plain = La même question avec des mots simples (facultatif)
surveys-builder-help = Texte d’aide (facultatif)
surveys-builder-options = Choix
surveys-builder-rows = Lignes (une chose à évaluer par ligne)
surveys-builder-scale-points = Réponses pour chaque ligne
surveys-builder-lines-hint = Un par ligne. Supprimer une ligne supprime ce choix.
surveys-builder-lines-translate-hint = Un par ligne, dans le même ordre que dans la langue d’origine du questionnaire.
surveys-builder-max-choices = Nombre maximum de choix (vide : pas de limite)
surveys-builder-other = Proposer « Autre » avec une case pour écrire
surveys-builder-min = Nombre le plus bas
surveys-builder-max = Nombre le plus haut
surveys-builder-min-label = Mots pour le nombre le plus bas
surveys-builder-max-label = Mots pour le nombre le plus haut
surveys-builder-min-date = Date la plus ancienne (année-mois-jour)
surveys-builder-max-date = Date la plus récente (année-mois-jour)
surveys-builder-max-len = Nombre maximum de caractères
surveys-builder-required = Une réponse est obligatoire
surveys-builder-pnts = Proposer « Je préfère ne pas répondre »
surveys-builder-condition = Quand afficher cette question
surveys-builder-condition-question = Dépend de la réponse à
surveys-builder-always = Toujours l’afficher
surveys-builder-condition-op = L’afficher quand la réponse
surveys-builder-op-equals = est
surveys-builder-op-not_equals = n’est pas
surveys-builder-op-any_of = est l’une de
surveys-builder-op-answered = a été donnée
surveys-builder-condition-answers = Réponses qui l’affichent
surveys-builder-condition-pick-question = Pour n’afficher cette question qu’après certaines réponses, choisissez la question précédente et enregistrez : ses réponses apparaîtront alors ici.
surveys-builder-condition-no-answers = Cette question n’a pas de réponses à choisir. Choisissez une autre question et enregistrez, ou affichez-la dès qu’une réponse a été donnée.
surveys-builder-move-up = Monter
surveys-builder-move-down = Descendre
surveys-builder-delete = Supprimer la question
surveys-builder-delete-warning = La question et ses textes dans toutes les langues seront supprimés définitivement.
surveys-builder-delete-confirm = Oui, supprimer cette question
surveys-kind-single_choice = Un seul choix
surveys-kind-multiple_choice = Plusieurs choix
surveys-kind-dropdown = Un choix dans une liste
surveys-kind-scale = Échelle
surveys-kind-yes_no = Oui ou non
surveys-kind-short_text = Texte court
surveys-kind-long_text = Texte long
surveys-kind-number = Nombre
surveys-kind-date = Date
surveys-kind-ranking = Classer par ordre
surveys-kind-matrix = Grille (lignes et réponses)
surveys-correcting-note = Vous corrigez la réponse { $response }. En envoyant la dernière partie, vous remplacez les réponses qu’elle contenait.
surveys-responses-title = Réponses
surveys-responses-count = { $count ->
    [one] { $count } réponse enregistrée.
   *[other] { $count } réponses enregistrées.
}
surveys-responses-held = { $count ->
    [one] { $count } autre réponse est en attente jusqu’à ce qu’il y en ait assez pour l’enregistrer avec d’autres ; elle apparaîtra dans la liste une fois enregistrée.
   *[other] { $count } autres réponses sont en attente jusqu’à ce qu’il y en ait assez pour les enregistrer avec d’autres ; elles apparaîtront dans la liste une fois enregistrées.
}
surveys-responses-none = Aucune réponse à afficher.
surveys-responses-filter-label = Filtrer les réponses
surveys-responses-col-response = Réponse
surveys-responses-col-day = Jour
surveys-responses-col-language = Langue du formulaire
surveys-responses-col-answered = Questions avec réponse
surveys-responses-pages-label = Pages de réponses
surveys-responses-withdrawn = Réponse retirée. Son contenu ne compte plus dans les résultats ni dans les fichiers exportés.
surveys-responses-history = Corrections et retraits
surveys-responses-history-none = Aucune réponse n’a été corrigée ni retirée.
surveys-responses-history-corrected = { $who } l’a corrigée le { $date }
surveys-responses-history-withdrawn = { $who } l’a retirée le { $date }
surveys-responses-someone = Un compte supprimé
surveys-response-title = Réponse { $response }
surveys-response-answers = Réponses données
surveys-response-no-answer = Sans réponse
surveys-response-corrected = Réponse corrigée. Les résultats prennent désormais en compte ses nouvelles réponses.
surveys-response-unchanged = Aucune réponse n’a été modifiée : rien n’a donc été enregistré.
surveys-response-review = Corriger ou retirer
surveys-response-correct = Corriger les réponses
surveys-response-correct-intro = Le formulaire s’ouvre avec les réponses déjà saisies. Modifiez ce qui a été mal saisi et envoyez la dernière partie : les nouvelles réponses remplacent les anciennes. La modification est enregistrée avec votre nom et le motif.
surveys-response-correct-start = Ouvrir les réponses à corriger
surveys-response-not-correctable = Cette réponse a été donnée en ligne par la personne elle-même : elle ne peut pas être corrigée, seulement retirée.
surveys-response-reason-label = Motif
surveys-response-reason-hint = Par exemple : « saisi 7 au lieu du 1 du formulaire papier ». 500 caractères au maximum.
surveys-response-withdraw = Retirer cette réponse
surveys-response-withdraw-warning = Son contenu sort définitivement des résultats et des fichiers exportés. Le retrait est enregistré avec votre nom et le motif.
surveys-response-withdraw-confirm = Oui, la retirer
surveys-response-history = Modifications de cette réponse
surveys-response-back = Toutes les réponses
surveys-builder-codes = Codes des réponses
surveys-builder-codes-label = Codes, un par ligne
surveys-builder-codes-hint = Dans le même ordre que les réponses ci-dessus. Les fichiers exportés et les conditions les utilisent : lettres minuscules a–z, chiffres, tirets et tirets bas. Ils ne peuvent plus être modifiés dès que quelqu’un a répondu.
surveys-slips-languages = Langues des papiers
surveys-slips-languages-apply = Afficher les papiers dans ces langues
surveys-builder-transfer-heading = Copier ou exporter
surveys-builder-download-file = Télécharger le fichier du questionnaire (JSON)
surveys-builder-download-hint = Ses questions et ses textes dans toutes les langues, pour en faire un questionnaire dans un autre plan ou sur un autre site Ponte. Le fichier ne contient aucune réponse.
surveys-builder-copy = Copier ce questionnaire
surveys-builder-copy-intro = La copie est un nouveau brouillon avec les mêmes questions, textes et langues, sans réponses, ni codes, ni dates.
surveys-builder-copy-submit = Faire la copie
surveys-builder-import-heading = Partir d’un fichier de questionnaire
surveys-builder-import-intro = Un fichier de questionnaire (JSON) téléchargé depuis la page de modification d’un questionnaire, ici ou sur un autre site Ponte : ses questions et ses textes deviennent un nouveau questionnaire en brouillon.
surveys-builder-import-file = Fichier de questionnaire
surveys-builder-import-title-hint = Laissez ce champ vide pour garder le titre indiqué dans le fichier.
surveys-builder-import-submit = Importer le questionnaire
