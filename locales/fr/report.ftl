# Boucler la boucle : la suite donnée aux contributions, sur tous les canaux.
report-used-title = Suite donnée aux contributions
report-used-intro = Ce que la participation a produit, mesure par mesure : les résultats des questionnaires, des groupes de discussion, des sujets du forum et de la consultation publique qui soutiennent, contestent ou éclairent chaque mesure, et les réponses que l’équipe du plan a apportées à chaque commentaire et à chaque position.
report-used-link = Suite donnée aux contributions : chaque mesure et ce que la participation en a dit
report-used-answers = Réponses dans la consultation
report-used-decision = { $decision } : { $count }
report-used-unanswered = Pas encore de réponse : { $count }
report-used-inputs = Lire tous les commentaires et toutes les positions sur cette mesure
report-used-untouched = Mesures que la participation n’a encore atteintes d’aucune façon : { $count }
