# Le forum : sujets et messages d’un plan, ses catégories, ses conclusions.
forum-title = Forum de discussion
forum-intro = Discutez du plan avec d’autres habitants, des associations et la municipalité. Les facilitateurs lisent chaque sujet ; quand une discussion aboutit, ils en rédigent la conclusion, qui peut devenir une justification pour une mesure.
forum-categories-label = Catégories du forum
forum-category-all = Tous les sujets
forum-category-general = Général
forum-threads-none = Aucun sujet ici pour l’instant.
forum-pages-label = Pages du forum
forum-posts-count = { $count ->
    [one] { $count } message
   *[other] { $count } messages
}
forum-last-post = dernier message le { $date }
forum-badge-pinned = Épinglé
forum-badge-locked = Verrouillé
forum-badge-closed = Clos avec une conclusion
forum-thread-placeholder-hidden = Un sujet masqué jusqu’à ce qu’un modérateur l’examine
forum-thread-placeholder-removed = Un sujet retiré par un modérateur
forum-thread-placeholder-deleted = Un sujet supprimé par son auteur
forum-sign-in = Connectez-vous pour ouvrir un sujet ou pour répondre.
forum-sign-in-reply = Connectez-vous pour répondre.
forum-new-thread = Ouvrir un sujet
forum-form-category = Catégorie
forum-form-measures = Mesures proposées concernées par ce sujet (facultatif)
forum-form-measures-hint = Cochez jusqu’à { $max } mesures.
forum-form-title = Titre
forum-form-body = Votre message
forum-form-body-hint = Vous pouvez utiliser Markdown : **gras**, *italique*, listes, liens et > citations.
forum-form-lang = Langue dans laquelle vous écrivez
forum-form-open = Ouvrir le sujet
forum-thread-measures = À propos de ces mesures :
forum-kept = C’est fait : l’état du sujet est mis à jour.
forum-post-number = n° { $number }
forum-edited = modifié
forum-in-reply-to = En réponse au n° { $number }
forum-post-placeholder-hidden = Ce message est masqué jusqu’à ce qu’un modérateur l’examine.
forum-post-placeholder-removed = Un modérateur a retiré ce message.
forum-post-placeholder-deleted = Son auteur a supprimé ce message.
forum-moderation-log = Journal de modération
forum-quote = Citer
forum-edit = Modifier
forum-edit-label = Votre message
forum-edit-hint = Les autres verront que le message a été modifié ; les modérateurs peuvent lire le texte précédent.
forum-edit-submit = Enregistrer le message
forum-delete = Supprimer mon message
forum-delete-confirm = Son texte disparaîtra définitivement ; son numéro reste, pour que les réponses gardent leur sens.
forum-delete-submit = Supprimer
forum-reply = Répondre
forum-quoting = Votre réponse cite le message n° { $number }.
forum-reply-submit = Envoyer la réponse
forum-locked-notice = Ce sujet est verrouillé : plus aucune réponse n’est possible.
forum-closed-notice = Ce sujet est clos : sa conclusion figure ci-dessus.
forum-keep = Épingler ou verrouiller
forum-keep-pin = Épingler en haut
forum-keep-unpin = Désépingler
forum-keep-lock = Verrouiller (plus de réponses)
forum-keep-unlock = Déverrouiller
forum-outcome-heading = Conclusion
forum-outcome-on = Rédigée le { $date }
forum-close = Clore avec une conclusion
forum-close-hint = Résumez ce que la discussion a permis d’établir et ce que la municipalité va en faire. Clore le sujet le verrouille ; la conclusion peut ensuite être reliée à des mesures comme justification.
forum-outcome-lang = Langue de la conclusion
forum-outcome-label = Conclusion
forum-close-submit = Clore le sujet
forum-outcome-translate = Rédiger la conclusion dans une autre langue, ou la corriger
forum-outcome-save = Enregistrer la conclusion
forum-outcome-written-in = Rédigée en : { $languages }
forum-history-link = Textes précédents
forum-history-title = Textes précédents du message n° { $number }
forum-history-back = Retour au message
forum-history-current = Son texte actuel
forum-history-earlier = Textes précédents, du plus récent au plus ancien
forum-history-none = Ce message n’a jamais été modifié.
forum-history-replaced = Remplacé le { $when }
forum-search-label = Rechercher dans le forum
forum-search-submit = Rechercher
forum-search-title = Recherche dans le forum
forum-search-title-hit = Dans le titre du sujet
forum-search-found = { $count ->
    [0] Aucun résultat.
    [one] Un message trouvé.
   *[other] { $count } messages trouvés.
}
forum-search-found-more = Plus de { $count } résultats : les plus récents sont affichés. Ajoutez un mot pour affiner la recherche.
forum-follow-heading = Suivre ce sujet
forum-following-none = Vous ne suivez pas ce sujet.
forum-following-instant = Vous recevez un e-mail pour chaque nouveau message.
forum-following-daily = Vous recevez un e-mail par jour quand il y a de nouveaux messages.
forum-follow-instant = M’envoyer chaque nouveau message par e-mail
forum-follow-daily = M’envoyer un résumé quotidien
forum-follow-stop = Ne plus suivre
forum-followed = C’est fait : votre façon de suivre ce sujet est enregistrée.
forum-email-reply-subject = Nouvelle réponse dans « { $title } »
forum-email-reply-intro = Quelqu’un a répondu dans le sujet « { $title } » du forum (message n° { $number }).
forum-email-reply-action = Lire la réponse
forum-email-digest-subject = { $count ->
    [one] Nouveaux messages dans un sujet du forum que vous suivez
   *[other] Nouveaux messages dans { $count } sujets du forum que vous suivez
}
forum-email-digest-intro = Depuis votre dernier résumé, il y a de nouveaux messages dans les sujets que vous suivez :
forum-email-digest-thread = « { $title } » — nouveaux messages : { $count } ; à lire à partir de { $url }
forum-email-footer = Vous recevez cet e-mail parce que vous suivez un sujet d’un forum sur Ponte. Pour ne plus recevoir ces e-mails, ouvrez { $url }
