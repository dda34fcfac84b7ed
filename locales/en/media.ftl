## Media feature: audio versions of texts (a measure's summary, a survey question), per language,
## with a transcript, for people who do not read.

media-listen = Listen ({ $language })
media-transcript = Transcript
media-heading = Audio versions
media-intro = Record the text read aloud, in any of the plan's languages, for people who do not read. Each recording needs its transcript: what is heard, written down.
media-none = No audio version yet.
media-file-label = Audio file
media-file-hint = MP3, Ogg, Opus, WAV, M4A, WebM or FLAC, at most { $size } MB.
media-language-label = Language of the recording
media-transcript-label = Transcript
media-upload = Add the audio version
media-replace-note = A new recording in the same language replaces the earlier one.
media-remove = Remove the { $language } audio version
media-saved = Audio version saved.
media-removed = Audio version removed.
