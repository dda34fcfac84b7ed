## Fonction médias : versions audio des textes (le résumé d’une mesure, une question d’un questionnaire), par langue,
## avec une transcription, pour les personnes qui ne lisent pas.

media-listen = Écouter ({ $language })
media-transcript = Transcription
media-heading = Versions audio
media-intro = Enregistrez le texte lu à voix haute, dans l’une des langues du plan, pour les personnes qui ne lisent pas. Chaque enregistrement doit avoir sa transcription : ce qu’on entend, mis par écrit.
media-none = Pas encore de version audio.
media-file-label = Fichier audio
media-file-hint = MP3, Ogg, Opus, WAV, M4A, WebM ou FLAC, { $size } MB au maximum.
media-language-label = Langue de l’enregistrement
media-transcript-label = Transcription
media-upload = Ajouter la version audio
media-replace-note = Un nouvel enregistrement dans la même langue remplace le précédent.
media-remove = Supprimer la version audio en { $language }
media-saved = Version audio enregistrée.
media-removed = Version audio supprimée.
