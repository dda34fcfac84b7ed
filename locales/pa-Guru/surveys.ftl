## ਸਰਵੇਖਣਾਂ ਵਾਲਾ ਹਿੱਸਾ: ਸਰਵੇਖਣ ਦੇ ਜਵਾਬ ਦੇਣਾ, ਨਤੀਜੇ, ਇੱਕ ਵਾਰ ਵਰਤੇ ਜਾਣ ਵਾਲੇ ਕੋਡ ਅਤੇ ਸੰਚਾਲਕਾਂ ਲਈ ਸੰਦ।

surveys-list-title = ਸਰਵੇਖਣ
surveys-list-intro = ਆਪਣੀ ਭਾਸ਼ਾ ਵਿੱਚ ਜਵਾਬ ਦਿਓ। ਤੁਹਾਡੇ ਜਵਾਬ ਯੋਜਨਾ ਦੇ ਉਪਾਅ ਤੈਅ ਕਰਨ ਵਿੱਚ ਮਦਦ ਕਰਦੇ ਹਨ।
surveys-list-empty = ਇਸ ਯੋਜਨਾ ਲਈ ਅਜੇ ਕੋਈ ਸਰਵੇਖਣ ਨਹੀਂ ਹੈ।

surveys-phase-draft = ਅਜੇ ਪ੍ਰਕਾਸ਼ਿਤ ਨਹੀਂ
surveys-phase-not-yet-open = ਅਜੇ ਖੁੱਲ੍ਹਾ ਨਹੀਂ
surveys-phase-open = ਖੁੱਲ੍ਹਾ ਹੈ
surveys-phase-closed = ਬੰਦ ਹੈ
surveys-open-until = { $date } ਤੱਕ ਖੁੱਲ੍ਹਾ
surveys-opens-on = { $date } ਨੂੰ ਖੁੱਲ੍ਹੇਗਾ

surveys-facts = { $sections ->
    [one] { $sections } ਹਿੱਸੇ ਵਿੱਚ
   *[other] { $sections } ਹਿੱਸਿਆਂ ਵਿੱਚ
} { $questions ->
    [one] { $questions } ਸਵਾਲ
   *[other] { $questions } ਸਵਾਲ
}। ਜਿਸ ਸਵਾਲ 'ਤੇ ਲਾਜ਼ਮੀ ਦਾ ਨਿਸ਼ਾਨ ਨਹੀਂ ਹੈ, ਉਸ ਨੂੰ ਤੁਸੀਂ ਛੱਡ ਸਕਦੇ ਹੋ।
surveys-languages-heading = ਤੁਸੀਂ ਇਹਨਾਂ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ ਜਵਾਬ ਦੇ ਸਕਦੇ ਹੋ
surveys-privacy-heading = ਅਸੀਂ ਕੀ ਸੰਭਾਲ ਕੇ ਰੱਖਦੇ ਹਾਂ
surveys-privacy-open = ਤੁਹਾਨੂੰ ਸਾਈਨ ਇਨ ਕਰਨ ਜਾਂ ਆਪਣਾ ਨਾਂ ਦੇਣ ਦੀ ਲੋੜ ਨਹੀਂ। ਇਹ ਬ੍ਰਾਊਜ਼ਰ ਯਾਦ ਰੱਖਦਾ ਹੈ ਕਿ ਤੁਸੀਂ ਜਵਾਬ ਦੇ ਦਿੱਤੇ ਹਨ, ਤਾਂ ਜੋ ਹਰ ਵਿਅਕਤੀ ਇੱਕ ਹੀ ਵਾਰ ਜਵਾਬ ਦੇਵੇ।
surveys-privacy-codes = ਤੁਹਾਨੂੰ ਉਸ ਕਾਗ਼ਜ਼ ਵਾਲੇ ਕੋਡ ਦੀ ਲੋੜ ਹੈ ਜੋ ਤੁਹਾਨੂੰ ਦਿੱਤਾ ਗਿਆ ਸੀ। ਕੋਡ ਸਿਰਫ਼ ਇੱਕ ਵਾਰ ਵਰਤਿਆ ਜਾ ਸਕਦਾ ਹੈ। ਤੁਹਾਡੇ ਜਵਾਬ ਕੋਡ ਨਾਲ ਨਹੀਂ ਜੋੜੇ ਜਾਂਦੇ: ਅਸੀਂ ਸਿਰਫ਼ ਇਹ ਦਰਜ ਕਰਦੇ ਹਾਂ ਕਿ ਕੋਡ ਵਰਤਿਆ ਗਿਆ ਹੈ।
surveys-privacy-account = ਤੁਹਾਨੂੰ ਸਾਈਨ ਇਨ ਕਰਨਾ ਪਵੇਗਾ, ਤਾਂ ਜੋ ਹਰ ਵਿਅਕਤੀ ਇੱਕ ਹੀ ਵਾਰ ਜਵਾਬ ਦੇਵੇ। ਤੁਹਾਡੇ ਜਵਾਬ ਤੁਹਾਡੇ ਖਾਤੇ ਨਾਲ ਨਹੀਂ ਜੋੜੇ ਜਾਂਦੇ: ਅਸੀਂ ਸਿਰਫ਼ ਇਹ ਦਰਜ ਕਰਦੇ ਹਾਂ ਕਿ ਇਸ ਖਾਤੇ ਨੇ ਜਵਾਬ ਦੇ ਦਿੱਤਾ ਹੈ।
surveys-privacy-held = ਤਾਂ ਜੋ ਕੋਈ ਵੀ ਤੁਹਾਡੇ ਜਵਾਬਾਂ ਨੂੰ ਤੁਹਾਡੇ ਨਾਲ ਨਾ ਜੋੜ ਸਕੇ — ਉਹ ਵਿਅਕਤੀ ਵੀ ਨਹੀਂ ਜੋ ਸਾਡਾ ਡਾਟਾਬੇਸ ਪੜ੍ਹ ਸਕਦਾ ਹੈ — ਇਹਨਾਂ ਨੂੰ ਉਦੋਂ ਤੱਕ ਵੱਖਰਾ ਰੱਖਿਆ ਜਾਂਦਾ ਹੈ ਜਦੋਂ ਤੱਕ ਘੱਟੋ-ਘੱਟ 4 ਹੋਰ ਲੋਕਾਂ ਦੇ ਜਵਾਬ ਨਹੀਂ ਆ ਜਾਂਦੇ। ਫਿਰ ਸਾਰੇ ਜਵਾਬ ਇਕੱਠੇ, ਬੇਤਰਤੀਬ ਕ੍ਰਮ ਵਿੱਚ, ਸੰਭਾਲਣ ਵਾਲੇ ਦਿਨ ਦੀ ਤਾਰੀਖ਼ ਨਾਲ ਸੰਭਾਲੇ ਜਾਂਦੇ ਹਨ। ਉਦੋਂ ਤੱਕ ਇਹ ਨਤੀਜਿਆਂ ਵਿੱਚ ਨਹੀਂ ਗਿਣੇ ਜਾਂਦੇ।
surveys-privacy-address = ਕਿਸੇ ਨੂੰ ਬਹੁਤ ਸਾਰੇ ਜਵਾਬ ਭੇਜਣ ਤੋਂ ਰੋਕਣ ਲਈ, ਅਸੀਂ ਹਰ ਇੰਟਰਨੈੱਟ ਪਤੇ ਤੋਂ ਆਏ ਜਵਾਬ ਇੱਕ ਘੰਟੇ ਲਈ ਗਿਣਦੇ ਹਾਂ। ਇਸ ਲਈ ਅਸੀਂ ਇੱਕ ਅਜਿਹਾ ਕੋਡ ਵਰਤਦੇ ਹਾਂ ਜਿਸ ਤੋਂ ਪਤਾ ਵਾਪਸ ਨਹੀਂ ਬਣਾਇਆ ਜਾ ਸਕਦਾ ਅਤੇ ਜੋ ਇੱਕ ਦਿਨ ਬਾਅਦ ਮਿਟਾ ਦਿੱਤਾ ਜਾਂਦਾ ਹੈ।
surveys-privacy-stored = ਅਸੀਂ ਤੁਹਾਡੇ ਜਵਾਬ, ਜਿਸ ਭਾਸ਼ਾ ਵਿੱਚ ਤੁਸੀਂ ਜਵਾਬ ਦਿੱਤੇ ਉਹ ਭਾਸ਼ਾ, ਅਤੇ ਦਿਨ (ਸਮਾਂ ਨਹੀਂ) ਸੰਭਾਲਦੇ ਹਾਂ। ਅਸੀਂ ਤੁਹਾਡਾ ਨਾਂ, ਤੁਹਾਡੀ ਈਮੇਲ, ਤੁਹਾਡਾ ਇੰਟਰਨੈੱਟ ਪਤਾ ਜਾਂ ਕੋਈ ਵੀ ਹੋਰ ਚੀਜ਼ ਜੋ ਦੱਸੇ ਕਿ ਤੁਸੀਂ ਕੌਣ ਹੋ, ਨਹੀਂ ਰੱਖਦੇ।

surveys-take-part-heading = ਹਿੱਸਾ ਲਓ
surveys-start = ਸਰਵੇਖਣ ਸ਼ੁਰੂ ਕਰੋ
surveys-continue = ਜਿੱਥੇ ਛੱਡਿਆ ਸੀ ਉੱਥੋਂ ਜਾਰੀ ਰੱਖੋ
surveys-sign-in-to-answer = ਜਵਾਬ ਦੇਣ ਲਈ ਸਾਈਨ ਇਨ ਕਰੋ
surveys-already-answered = ਤੁਸੀਂ ਇਸ ਡਿਵਾਈਸ ਜਾਂ ਖਾਤੇ ਤੋਂ ਇਸ ਸਰਵੇਖਣ ਦੇ ਜਵਾਬ ਪਹਿਲਾਂ ਹੀ ਦੇ ਚੁੱਕੇ ਹੋ। ਤੁਹਾਡਾ ਧੰਨਵਾਦ!
surveys-cannot-answer-draft = ਇਹ ਸਰਵੇਖਣ ਅਜੇ ਪ੍ਰਕਾਸ਼ਿਤ ਨਹੀਂ ਹੋਇਆ। ਤੁਸੀਂ ਇਸ ਨੂੰ ਇਸ ਲਈ ਦੇਖ ਰਹੇ ਹੋ ਕਿਉਂਕਿ ਤੁਸੀਂ ਇਸ ਨੂੰ ਤਿਆਰ ਕਰਦੇ ਹੋ।
surveys-cannot-answer-not-yet-open = ਇਹ ਸਰਵੇਖਣ ਅਜੇ ਜਵਾਬਾਂ ਲਈ ਖੁੱਲ੍ਹਾ ਨਹੀਂ ਹੈ।
surveys-cannot-answer-closed = ਇਹ ਸਰਵੇਖਣ ਬੰਦ ਹੋ ਗਿਆ ਹੈ। ਜਵਾਬ ਦੇਣ ਵਾਲੇ ਸਾਰੇ ਲੋਕਾਂ ਦਾ ਧੰਨਵਾਦ।
surveys-see-results = ਨਤੀਜੇ ਦੇਖੋ
surveys-rate-limited = ਪਿਛਲੇ ਇੱਕ ਘੰਟੇ ਵਿੱਚ ਤੁਹਾਡੇ ਇੰਟਰਨੈੱਟ ਕਨੈਕਸ਼ਨ ਤੋਂ ਬਹੁਤ ਸਾਰੇ ਜਵਾਬ ਆਏ ਹਨ। ਕਿਰਪਾ ਕਰਕੇ ਬਾਅਦ ਵਿੱਚ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ, ਜਾਂ ਕਿਸੇ ਸੰਚਾਲਕ ਤੋਂ ਕਾਗ਼ਜ਼ੀ ਫ਼ਾਰਮ ਮੰਗੋ।

surveys-code-label = ਤੁਹਾਡਾ ਕੋਡ
surveys-code-hint = ਕੋਡ ਉਸ ਕਾਗ਼ਜ਼ 'ਤੇ ਹੈ ਜੋ ਤੁਹਾਨੂੰ ਦਿੱਤਾ ਗਿਆ ਸੀ, ਜਿਵੇਂ ABCD-2345। ਵੱਡੇ ਜਾਂ ਛੋਟੇ ਅੱਖਰ, ਦੋਵੇਂ ਠੀਕ ਹਨ।
surveys-resume-heading = ਸੰਭਾਲੇ ਹੋਏ ਜਵਾਬ ਜਾਰੀ ਰੱਖੋ
surveys-resume-label = ਤੁਹਾਡਾ ਜਾਰੀ ਰੱਖਣ ਵਾਲਾ ਕੋਡ
surveys-resume-hint = ਉਹ ਕੋਡ ਜੋ ਤੁਹਾਨੂੰ ਜਵਾਬ ਸੰਭਾਲਣ ਵੇਲੇ ਦਿਖਾਇਆ ਗਿਆ ਸੀ, ਜਿਵੇਂ ABCD-EFGH-2345।
surveys-resume-submit = ਜਾਰੀ ਰੱਖੋ

surveys-answer-title = ਜਵਾਬ
surveys-progress = { $total } ਵਿੱਚੋਂ ਹਿੱਸਾ { $current }
surveys-required = (ਲਾਜ਼ਮੀ)
surveys-yes = ਹਾਂ
surveys-no = ਨਹੀਂ
surveys-prefer-not-to-say = ਮੈਂ ਨਹੀਂ ਦੱਸਣਾ ਚਾਹੁੰਦਾ/ਚਾਹੁੰਦੀ
surveys-other = ਹੋਰ
surveys-other-write = ਹੋਰ: ਕਿਰਪਾ ਕਰਕੇ ਲਿਖੋ
surveys-choose = ਇੱਕ ਜਵਾਬ ਚੁਣੋ
surveys-choose-any = ਜਿੰਨੇ ਵੀ ਢੁੱਕਦੇ ਹਨ, ਸਾਰੇ ਚੁਣੋ।
surveys-choose-up-to = { $count ->
    [one] ਵੱਧ ਤੋਂ ਵੱਧ { $count } ਜਵਾਬ ਚੁਣੋ।
   *[other] ਵੱਧ ਤੋਂ ਵੱਧ { $count } ਜਵਾਬ ਚੁਣੋ।
}
surveys-ranking-hint = ਹਰ ਇੱਕ ਨੂੰ ਵੱਖਰਾ ਨੰਬਰ ਦਿਓ: 1 ਸਭ ਤੋਂ ਮਹੱਤਵਪੂਰਨ ਹੈ।
surveys-number-between = { $min } ਤੋਂ { $max } ਤੱਕ ਕੋਈ ਨੰਬਰ।
surveys-text-limit = ਵੱਧ ਤੋਂ ਵੱਧ { $count } ਅੱਖਰ।
surveys-date-hint = ਦਿਨ, ਮਹੀਨਾ ਅਤੇ ਸਾਲ।
surveys-only-if = ਇਸ ਦਾ ਜਵਾਬ ਤਾਂ ਹੀ ਦਿਓ ਜੇ ਤੁਸੀਂ ਉੱਪਰ “{ $answer }” ਜਵਾਬ ਦਿੱਤਾ ਸੀ।
surveys-only-if-not = ਇਸ ਦਾ ਜਵਾਬ ਤਾਂ ਹੀ ਦਿਓ ਜੇ ਤੁਸੀਂ ਉੱਪਰ “{ $answer }” ਜਵਾਬ ਨਹੀਂ ਦਿੱਤਾ ਸੀ।
surveys-only-if-answered = ਇਸ ਦਾ ਜਵਾਬ ਤਾਂ ਹੀ ਦਿਓ ਜੇ ਤੁਸੀਂ ਉੱਪਰ ਵਾਲੇ ਸਵਾਲ ਦਾ ਜਵਾਬ ਦਿੱਤਾ ਸੀ।
surveys-more-questions = ਤੁਹਾਡੇ ਜਵਾਬਾਂ ਕਾਰਨ ਇਸ ਪੰਨੇ 'ਤੇ ਹੋਰ ਸਵਾਲ ਖੁੱਲ੍ਹ ਗਏ ਹਨ। ਅੱਗੇ ਜਾਣ ਤੋਂ ਪਹਿਲਾਂ ਕਿਰਪਾ ਕਰਕੇ ਉਹਨਾਂ ਨੂੰ ਦੇਖ ਲਓ।
surveys-problems-title = ਕਿਰਪਾ ਕਰਕੇ ਇਹ ਜਵਾਬ ਜਾਂਚੋ
surveys-problem-required = ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਸਵਾਲ ਦਾ ਜਵਾਬ ਦਿਓ।
surveys-problem-unknown-option = ਇਹ ਜਵਾਬ ਦਿੱਤੇ ਗਏ ਵਿਕਲਪਾਂ ਵਿੱਚੋਂ ਨਹੀਂ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਚੁਣੋ।
surveys-problem-too-many-values = ਕਿਰਪਾ ਕਰਕੇ ਇੱਥੇ ਸਿਰਫ਼ ਇੱਕ ਜਵਾਬ ਦਿਓ।
surveys-problem-too-many-choices = ਤੁਸੀਂ ਬਹੁਤ ਜ਼ਿਆਦਾ ਜਵਾਬ ਚੁਣੇ ਹਨ। ਕਿਰਪਾ ਕਰਕੇ ਘੱਟ ਚੁਣੋ।
surveys-problem-out-of-range = ਇਹ ਮਨਜ਼ੂਰ ਸੀਮਾ ਤੋਂ ਬਾਹਰ ਹੈ।
surveys-problem-too-long = ਇਹ ਲਿਖਤ ਬਹੁਤ ਲੰਮੀ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਨੂੰ ਛੋਟਾ ਕਰੋ।
surveys-problem-not-a-number = ਕਿਰਪਾ ਕਰਕੇ ਕੋਈ ਨੰਬਰ ਲਿਖੋ, ਜਿਵੇਂ 12।
surveys-problem-not-a-date = ਕਿਰਪਾ ਕਰਕੇ ਪੂਰੀ ਤਾਰੀਖ਼ ਦਿਓ: ਦਿਨ, ਮਹੀਨਾ ਅਤੇ ਸਾਲ।
surveys-problem-incomplete = ਇਹ ਜਵਾਬ ਪੂਰਾ ਨਹੀਂ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਨੂੰ ਪੂਰਾ ਕਰੋ।
surveys-next = ਅੱਗੇ
surveys-send = ਮੇਰੇ ਜਵਾਬ ਭੇਜੋ
surveys-back = ਪਿੱਛੇ
surveys-save = ਸੰਭਾਲੋ, ਬਾਅਦ ਵਿੱਚ ਜਾਰੀ ਰੱਖੋ
surveys-answer-in = ਭਾਸ਼ਾ ਬਦਲੋ। ਤੁਹਾਡੇ ਜਵਾਬ ਸੰਭਾਲੇ ਰਹਿਣਗੇ:

surveys-saved-title = ਤੁਹਾਡੇ ਜਵਾਬ ਸੰਭਾਲ ਲਏ ਗਏ ਹਨ
surveys-saved-intro = ਬਾਅਦ ਵਿੱਚ ਇਸ ਜਾਂ ਕਿਸੇ ਹੋਰ ਡਿਵਾਈਸ 'ਤੇ ਜਾਰੀ ਰੱਖਣ ਲਈ, ਸਰਵੇਖਣ ਖੋਲ੍ਹੋ ਅਤੇ ਇਹ ਕੋਡ ਲਿਖੋ:
surveys-saved-keep = ਇਸ ਨੂੰ ਲਿਖ ਲਓ ਜਾਂ ਫ਼ੋਟੋ ਖਿੱਚ ਲਓ। ਤੁਹਾਡੇ ਜਵਾਬ 30 ਦਿਨਾਂ ਤੱਕ ਰੱਖੇ ਜਾਂਦੇ ਹਨ।
surveys-saved-no-code = ਤੁਹਾਡੇ ਜਵਾਬ ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਸੰਭਾਲੇ ਗਏ ਹਨ। ਜਾਰੀ ਰੱਖਣ ਲਈ ਸਰਵੇਖਣ ਦੁਬਾਰਾ ਖੋਲ੍ਹੋ।
surveys-back-to-survey = ਸਰਵੇਖਣ 'ਤੇ ਵਾਪਸ ਜਾਓ
surveys-back-to-plan = ਯੋਜਨਾ 'ਤੇ ਵਾਪਸ ਜਾਓ

surveys-thanks-title = ਤੁਹਾਡੇ ਜਵਾਬਾਂ ਲਈ ਧੰਨਵਾਦ
surveys-thanks-intro = ਤੁਹਾਡੇ ਜਵਾਬ ਮਿਲ ਗਏ ਹਨ। ਨਗਰਪਾਲਿਕਾ ਪ੍ਰਕਾਸ਼ਿਤ ਕਰੇਗੀ ਕਿ ਉਸ ਨੇ ਕੀ ਸਿੱਖਿਆ ਅਤੇ ਯੋਜਨਾ ਵਿੱਚ ਉਸ ਨੂੰ ਕਿਵੇਂ ਵਰਤਿਆ।

surveys-results-title = ਨਤੀਜੇ
surveys-results-total = { $count ->
    [one] { $count } ਜਵਾਬ
   *[other] { $count } ਜਵਾਬ
}
surveys-results-too-few = 5 ਤੋਂ ਘੱਟ ਜਵਾਬ: ਜਵਾਬ ਦੇਣ ਵਾਲੇ ਲੋਕਾਂ ਦੀ ਸੁਰੱਖਿਆ ਲਈ ਨਹੀਂ ਦਿਖਾਏ ਜਾਂਦੇ।
surveys-results-suppressed-note = ਜਵਾਬ ਦੇਣ ਵਾਲੇ ਲੋਕਾਂ ਦੀ ਸੁਰੱਖਿਆ ਲਈ, 5 ਤੋਂ ਘੱਟ ਲੋਕਾਂ ਵਾਲੇ ਸਮੂਹ ਨਹੀਂ ਦਿਖਾਏ ਜਾਂਦੇ।
surveys-results-no-breakdown = ਭਾਸ਼ਾ ਜਾਂ ਜਵਾਬ ਆਉਣ ਦੇ ਤਰੀਕੇ ਮੁਤਾਬਕ ਵੰਡ ਸਿਰਫ਼ ਯੋਜਨਾ ਦੇ ਸੰਚਾਲਕਾਂ ਨੂੰ ਦਿਖਾਈ ਜਾਂਦੀ ਹੈ: ਕੁੱਲ ਗਿਣਤੀ ਨਾਲ ਮਿਲਾ ਕੇ ਦੇਖਣ 'ਤੇ ਇਹ ਛੋਟੇ ਸਮੂਹਾਂ ਦੀ ਪਛਾਣ ਕਰਵਾ ਸਕਦੀ ਹੈ।
surveys-results-held = { $count ->
    [one] { $count } ਜਵਾਬ ਉਦੋਂ ਤੱਕ ਵੱਖਰਾ ਰੱਖਿਆ ਗਿਆ ਹੈ ਜਦੋਂ ਤੱਕ ਘੱਟੋ-ਘੱਟ 5 ਜਵਾਬ ਨਹੀਂ ਆ ਜਾਂਦੇ (ਜਾਂ ਸਰਵੇਖਣ ਬੰਦ ਨਹੀਂ ਹੋ ਜਾਂਦਾ), ਤਾਂ ਜੋ ਕੋਈ ਵੀ ਇਸ ਨੂੰ ਜਵਾਬ ਦੇਣ ਵਾਲੇ ਵਿਅਕਤੀ ਨਾਲ ਨਾ ਜੋੜ ਸਕੇ। ਇਹ ਅਜੇ ਗਿਣਿਆ ਨਹੀਂ ਗਿਆ।
   *[other] { $count } ਜਵਾਬ ਉਦੋਂ ਤੱਕ ਵੱਖਰੇ ਰੱਖੇ ਗਏ ਹਨ ਜਦੋਂ ਤੱਕ ਘੱਟੋ-ਘੱਟ 5 ਜਵਾਬ ਨਹੀਂ ਆ ਜਾਂਦੇ (ਜਾਂ ਸਰਵੇਖਣ ਬੰਦ ਨਹੀਂ ਹੋ ਜਾਂਦਾ), ਤਾਂ ਜੋ ਕੋਈ ਵੀ ਇਹਨਾਂ ਨੂੰ ਜਵਾਬ ਦੇਣ ਵਾਲੇ ਲੋਕਾਂ ਨਾਲ ਨਾ ਜੋੜ ਸਕੇ। ਇਹ ਅਜੇ ਗਿਣੇ ਨਹੀਂ ਗਏ।
}
surveys-results-exact-note = ਤੁਸੀਂ ਸਹੀ ਗਿਣਤੀਆਂ ਦੇਖ ਰਹੇ ਹੋ ਕਿਉਂਕਿ ਤੁਸੀਂ ਇਸ ਯੋਜਨਾ 'ਤੇ ਕੰਮ ਕਰਦੇ ਹੋ। ਪ੍ਰਕਾਸ਼ਿਤ ਨਤੀਜਿਆਂ ਵਿੱਚ 5 ਤੋਂ ਘੱਟ ਲੋਕਾਂ ਵਾਲੇ ਸਮੂਹ ਲੁਕਾਏ ਜਾਂਦੇ ਹਨ।
surveys-results-answered = { $count ->
    [one] { $count } ਵਿਅਕਤੀ ਨੇ ਜਵਾਬ ਦਿੱਤਾ
   *[other] { $count } ਲੋਕਾਂ ਨੇ ਜਵਾਬ ਦਿੱਤਾ
}
surveys-results-mean-median = ਔਸਤ: { $mean } · ਮੱਧਿਕਾ: { $median }
surveys-results-several = ਲੋਕ ਇੱਕ ਤੋਂ ਵੱਧ ਜਵਾਬ ਚੁਣ ਸਕਦੇ ਸਨ, ਇਸ ਲਈ ਪ੍ਰਤੀਸ਼ਤਾਂ ਦਾ ਜੋੜ 100% ਤੋਂ ਵੱਧ ਬਣਦਾ ਹੈ।
surveys-results-answer = ਜਵਾਬ
surveys-results-count = ਲੋਕ
surveys-results-percent = ਪ੍ਰਤੀਸ਼ਤ
surveys-results-chart = ਚਾਰਟ
surveys-fewer-than-5 = 5 ਤੋਂ ਘੱਟ
surveys-results-more-texts = ਇੱਥੇ ਸਿਰਫ਼ ਸਭ ਤੋਂ ਨਵੇਂ ਜਵਾਬ ਦਿਖਾਏ ਗਏ ਹਨ। ਸਾਰੇ ਜਵਾਬ ਪੜ੍ਹਨ ਲਈ ਡਾਟਾ ਡਾਊਨਲੋਡ ਕਰੋ।
surveys-text-hidden = ਮਾਡਰੇਟਰ ਵੱਲੋਂ ਲੁਕਾਇਆ ਗਿਆ: ਪ੍ਰਕਾਸ਼ਿਤ ਨਤੀਜਿਆਂ ਵਿੱਚ ਨਹੀਂ ਦਿਖਾਇਆ ਜਾਂਦਾ।
surveys-text-hide = ਇਹ ਜਵਾਬ ਲੁਕਾਓ
surveys-text-show = ਇਹ ਜਵਾਬ ਫਿਰ ਦਿਖਾਓ
surveys-filter-label = ਨਤੀਜੇ ਛਾਂਟੋ
surveys-filter-language = ਜਵਾਬਾਂ ਦੀ ਭਾਸ਼ਾ
surveys-filter-channel = ਜਵਾਬ ਕਿਵੇਂ ਆਏ
surveys-filter-all = ਸਾਰੇ
surveys-filter-apply = ਦਿਖਾਓ

surveys-channel-online = ਔਨਲਾਈਨ, ਵਿਅਕਤੀ ਨੇ ਖ਼ੁਦ
surveys-channel-paper = ਕਾਗ਼ਜ਼ੀ ਫ਼ਾਰਮ
surveys-channel-interview = ਸੰਚਾਲਕ ਨਾਲ ਇੰਟਰਵਿਊ
surveys-channel-interpreter = ਦੁਭਾਸ਼ੀਏ ਨਾਲ ਇੰਟਰਵਿਊ

surveys-manage-heading = ਸੰਚਾਲਕਾਂ ਲਈ
surveys-response-count = { $count ->
    [one] ਹੁਣ ਤੱਕ { $count } ਜਵਾਬ।
   *[other] ਹੁਣ ਤੱਕ { $count } ਜਵਾਬ।
}
surveys-preview = ਸਰਵੇਖਣ ਦੀ ਝਲਕ ਦੇਖੋ
surveys-preview-note = ਝਲਕ: ਤੁਸੀਂ ਇੱਥੇ ਜੋ ਵੀ ਚੁਣਦੇ ਹੋ, ਉਹ ਨਾ ਭੇਜਿਆ ਜਾਂਦਾ ਹੈ ਨਾ ਰੱਖਿਆ ਜਾਂਦਾ ਹੈ।
surveys-preview-nav = ਝਲਕ ਦੇ ਪੰਨੇ
surveys-preview-end = ਝਲਕ ਤੋਂ ਬਾਹਰ ਜਾਓ
surveys-export-csv = ਜਵਾਬ ਡਾਊਨਲੋਡ ਕਰੋ (CSV, ਸਪ੍ਰੈਡਸ਼ੀਟਾਂ ਲਈ)
surveys-export-json = ਜਵਾਬ ਡਾਊਨਲੋਡ ਕਰੋ (JSON)
surveys-assisted-heading = ਕਿਸੇ ਹੋਰ ਵੱਲੋਂ ਜਵਾਬ ਦਰਜ ਕਰੋ
surveys-assisted-intro = ਕਾਗ਼ਜ਼ੀ ਫ਼ਾਰਮਾਂ ਅਤੇ ਇੰਟਰਵਿਊਆਂ ਲਈ। ਚੁਣੋ ਕਿ ਜਵਾਬ ਕਿਵੇਂ ਇਕੱਠੇ ਕੀਤੇ ਗਏ; ਫਿਰ ਤੁਸੀਂ ਉਸ ਵਿਅਕਤੀ ਦੇ ਜਵਾਬਾਂ ਨਾਲ ਸਰਵੇਖਣ ਭਰਦੇ ਹੋ।
surveys-assisted-note = ਤੁਸੀਂ ਕਿਸੇ ਹੋਰ ਵਿਅਕਤੀ ਵੱਲੋਂ ਜਵਾਬ ਦਰਜ ਕਰ ਰਹੇ ਹੋ:
surveys-assisted-start = ਦਰਜ ਕਰਨਾ ਸ਼ੁਰੂ ਕਰੋ
surveys-channel-label = ਜਵਾਬ ਕਿਵੇਂ ਇਕੱਠੇ ਕੀਤੇ ਗਏ
surveys-interview-lang-label = ਇੰਟਰਵਿਊ ਦੀ ਭਾਸ਼ਾ
surveys-interview-lang-same = ਸਰਵੇਖਣ ਵਾਲੀ ਭਾਸ਼ਾ
surveys-entered = ਜਵਾਬ ਸੰਭਾਲ ਲਿਆ ਗਿਆ। ਤੁਸੀਂ ਇੱਕ ਹੋਰ ਦਰਜ ਕਰ ਸਕਦੇ ਹੋ।

surveys-codes-title = ਇੱਕ ਵਾਰ ਵਰਤੇ ਜਾਣ ਵਾਲੇ ਕੋਡ
surveys-codes-intro = ਹਰ ਕੋਡ ਨਾਲ ਇੱਕ ਵਿਅਕਤੀ ਇੱਕ ਵਾਰ ਜਵਾਬ ਦੇ ਸਕਦਾ ਹੈ। ਕੋਡ ਛਾਪੋ ਅਤੇ ਮੀਟਿੰਗਾਂ ਵਿੱਚ ਵੰਡੋ।
surveys-codes-counts = { $unused ->
    [one] { $unused } ਕੋਡ ਅਜੇ ਨਹੀਂ ਵਰਤਿਆ ਗਿਆ
   *[other] { $unused } ਕੋਡ ਅਜੇ ਨਹੀਂ ਵਰਤੇ ਗਏ
}, { $used ->
    [one] { $used } ਵਰਤਿਆ ਗਿਆ।
   *[other] { $used } ਵਰਤੇ ਗਏ।
}
surveys-codes-count-label = ਕਿੰਨੇ ਨਵੇਂ ਕੋਡ
surveys-codes-count-hint = 1 ਤੋਂ 500 ਤੱਕ।
surveys-codes-create = ਕੋਡ ਬਣਾਓ
surveys-codes-print = ਹਰ ਨਾ ਵਰਤੇ ਕੋਡ ਲਈ ਇੱਕ ਪਰਚੀ ਲੈਣ ਲਈ ਇਹ ਪੰਨਾ ਛਾਪੋ।
surveys-slip-go-to = ਇਸ ਪਤੇ 'ਤੇ ਜਾਓ:
surveys-slip-code = ਅਤੇ ਇਹ ਕੋਡ ਲਿਖੋ:
surveys-slip-qr = QR ਕੋਡ: ਇਸਨੂੰ ਆਪਣੇ ਫ਼ੋਨ ਦੇ ਕੈਮਰੇ ਨਾਲ ਸਕੈਨ ਕਰੋ, ਸਰਵੇਖਣ ਇਹ ਕੋਡ ਪਹਿਲਾਂ ਤੋਂ ਭਰਿਆ ਹੋਇਆ ਖੁੱਲ੍ਹੇਗਾ

## ਸਰਵੇਖਣ ਬਣਾਉਣ ਵਾਲਾ ਸੰਦ (ਸੰਚਾਲਕਾਂ ਲਈ)।
surveys-builder-title = ਸਰਵੇਖਣ ਵਿੱਚ ਸੋਧ ਕਰੋ
surveys-builder-new-title = ਨਵਾਂ ਸਰਵੇਖਣ
surveys-builder-new-intro = ਸਰਵੇਖਣ ਨੂੰ ਇੱਕ ਸਿਰਲੇਖ ਅਤੇ ਇੱਕ ਛੋਟਾ ਵੈੱਬ ਪਤਾ ਦਿਓ। ਸਵਾਲ ਤੁਸੀਂ ਇਸ ਤੋਂ ਬਾਅਦ ਜੋੜੋਗੇ; ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਇਸ ਨੂੰ ਪ੍ਰਕਾਸ਼ਿਤ ਨਹੀਂ ਕਰਦੇ, ਕੋਈ ਵੀ ਸਰਵੇਖਣ ਨਹੀਂ ਦੇਖ ਸਕਦਾ।
surveys-builder-title-label = ਸਿਰਲੇਖ
surveys-builder-slug-label = ਵੈੱਬ ਪਤੇ ਲਈ ਛੋਟਾ ਨਾਂ
surveys-builder-slug-hint = ਛੋਟੇ ਅੰਗਰੇਜ਼ੀ ਅੱਖਰ, ਅੰਕ ਅਤੇ ਡੈਸ਼, ਜਿਵੇਂ survey-2027।
surveys-builder-own-language = ਸਰਵੇਖਣ ਦੀ ਆਪਣੀ ਭਾਸ਼ਾ
surveys-builder-access-label = ਕੌਣ ਜਵਾਬ ਦੇ ਸਕਦਾ ਹੈ
surveys-access-open = ਕੋਈ ਵੀ, ਸਾਈਨ ਇਨ ਕੀਤੇ ਬਿਨਾਂ (ਹਰ ਡਿਵਾਈਸ ਤੋਂ ਇੱਕ ਜਵਾਬ)
surveys-access-codes = ਉਹ ਲੋਕ ਜਿਨ੍ਹਾਂ ਕੋਲ ਕਾਗ਼ਜ਼ 'ਤੇ ਦਿੱਤਾ ਇੱਕ ਵਾਰ ਵਰਤਣ ਵਾਲਾ ਕੋਡ ਹੈ
surveys-access-account = ਉਹ ਲੋਕ ਜੋ ਸਾਈਨ ਇਨ ਕਰਦੇ ਹਨ (ਹਰ ਖਾਤੇ ਤੋਂ ਇੱਕ ਜਵਾਬ)
surveys-builder-create = ਸਰਵੇਖਣ ਬਣਾਓ
surveys-builder-saved = ਸੰਭਾਲਿਆ ਗਿਆ।
surveys-builder-languages-heading = ਭਾਸ਼ਾਵਾਂ
surveys-builder-languages-hint = ਕਿਸੇ ਭਾਸ਼ਾ ਦੀਆਂ ਲਿਖਤਾਂ ਲਿਖਣ ਜਾਂ ਜਾਂਚਣ ਲਈ ਉਹ ਭਾਸ਼ਾ ਚੁਣੋ। ਸਰਵੇਖਣ ਦੀ ਆਪਣੀ ਭਾਸ਼ਾ ਸਭ ਤੋਂ ਪਹਿਲਾਂ ਆਉਂਦੀ ਹੈ।
surveys-builder-language = ਭਾਸ਼ਾ
surveys-builder-translations = ਲਿਖਤਾਂ
surveys-builder-complete = ਸਾਰੀਆਂ ਲਿਖਤਾਂ ਲਿਖੀਆਂ ਗਈਆਂ
surveys-builder-missing = { $count ->
    [one] { $count } ਲਿਖਤ ਬਾਕੀ ਹੈ
   *[other] { $count } ਲਿਖਤਾਂ ਬਾਕੀ ਹਨ
}
surveys-builder-not-a-survey-language = ਇਹ ਸਰਵੇਖਣ ਇਸ ਭਾਸ਼ਾ ਵਿੱਚ ਉਪਲਬਧ ਨਹੀਂ ਹੈ। ਉੱਪਰੋਂ ਇਸ ਦੀਆਂ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚੋਂ ਇੱਕ ਚੁਣੋ।
surveys-builder-offered-languages = ਭਾਸ਼ਾਵਾਂ ਜਿਨ੍ਹਾਂ ਵਿੱਚ ਇਹ ਸਰਵੇਖਣ ਉਪਲਬਧ ਹੈ
surveys-builder-offered-languages-hint = ਜਿਨ੍ਹਾਂ ਭਾਸ਼ਾਵਾਂ 'ਤੇ ਇੱਥੇ ਨਿਸ਼ਾਨ ਲੱਗਾ ਹੈ, ਲੋਕ ਉਹਨਾਂ ਵਿੱਚ ਜਵਾਬ ਦੇ ਸਕਦੇ ਹਨ। ਕਿਸੇ ਭਾਸ਼ਾ ਦੀਆਂ ਲਿਖਤਾਂ ਲਿਖੀਆਂ ਜਾਣ ਤੋਂ ਬਾਅਦ ਉਹ ਭਾਸ਼ਾ ਜੋੜੋ; ਸਰਵੇਖਣ ਦੀ ਆਪਣੀ ਭਾਸ਼ਾ ਹਮੇਸ਼ਾ ਉਪਲਬਧ ਹੁੰਦੀ ਹੈ।
surveys-builder-publish-missing = ਕੁਝ ਲਿਖਤਾਂ ਦਾ ਅਜੇ ਅਨੁਵਾਦ ਨਹੀਂ ਹੋਇਆ: { $languages }। ਇਹਨਾਂ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ ਜਵਾਬ ਦੇਣ ਵਾਲੇ ਲੋਕਾਂ ਨੂੰ ਉਹ ਲਿਖਤਾਂ { $language } ਵਿੱਚ ਦਿਖਦੀਆਂ ਹਨ।
surveys-builder-status-heading = ਸਥਿਤੀ
surveys-builder-published = ਪ੍ਰਕਾਸ਼ਿਤ।
surveys-builder-draft = ਖਰੜਾ: ਸਿਰਫ਼ ਸੰਚਾਲਕ ਇਸ ਨੂੰ ਦੇਖ ਸਕਦੇ ਹਨ।
surveys-builder-publish = ਪ੍ਰਕਾਸ਼ਿਤ ਕਰੋ
surveys-builder-unpublish = ਵਾਪਸ ਖਰੜੇ ਵਿੱਚ ਲਿਆਓ
surveys-builder-locked = ਇਸ ਸਰਵੇਖਣ ਦੇ ਜਵਾਬ ਆ ਚੁੱਕੇ ਹਨ: ਤੁਸੀਂ ਇਸ ਦੀਆਂ ਲਿਖਤਾਂ ਬਦਲ ਸਕਦੇ ਹੋ, ਪਰ ਇਸ ਦੇ ਸਵਾਲ, ਵਿਕਲਪ ਜਾਂ ਇਹ ਨਹੀਂ ਕਿ ਕੌਣ ਜਵਾਬ ਦੇ ਸਕਦਾ ਹੈ।
surveys-builder-settings-heading = ਸੈਟਿੰਗਾਂ
surveys-builder-intro-label = ਜਾਣ-ਪਛਾਣ
surveys-builder-opens-label = ਖੁੱਲ੍ਹਣ ਦੀ ਤਾਰੀਖ਼ (ਜ਼ਰੂਰੀ ਨਹੀਂ)
surveys-builder-closes-label = ਬੰਦ ਹੋਣ ਦੀ ਤਾਰੀਖ਼ (ਜ਼ਰੂਰੀ ਨਹੀਂ)
surveys-builder-results-public = ਨਤੀਜੇ ਪ੍ਰਕਾਸ਼ਿਤ ਕਰੋ (5 ਤੋਂ ਘੱਟ ਲੋਕਾਂ ਵਾਲੇ ਸਮੂਹ ਲੁਕੇ ਰਹਿੰਦੇ ਹਨ)
surveys-builder-save = ਸੰਭਾਲੋ
surveys-builder-questions-heading = ਸਵਾਲ
surveys-builder-translating-hint = ਤੁਸੀਂ ਲਿਖਤਾਂ ਕਿਸੇ ਹੋਰ ਭਾਸ਼ਾ ਵਿੱਚ ਲਿਖ ਰਹੇ ਹੋ। ਸਵਾਲ ਅਤੇ ਵਿਕਲਪ ਸਰਵੇਖਣ ਦੀ ਆਪਣੀ ਭਾਸ਼ਾ ਵਿੱਚ ਹੀ ਜੋੜੇ ਅਤੇ ਹਟਾਏ ਜਾਂਦੇ ਹਨ।
surveys-builder-section-title = ਇਸ ਹਿੱਸੇ ਦਾ ਸਿਰਲੇਖ
surveys-builder-kind-label = ਸਵਾਲ ਦੀ ਕਿਸਮ
surveys-builder-question-text = ਸਵਾਲ
surveys-builder-add-question = ਸਵਾਲ ਜੋੜੋ
surveys-builder-add-section = ਇੱਕ ਹਿੱਸਾ ਜੋੜੋ
surveys-builder-plain = ਇਹੀ ਸਵਾਲ ਸੌਖੇ ਸ਼ਬਦਾਂ ਵਿੱਚ (ਜ਼ਰੂਰੀ ਨਹੀਂ)
surveys-builder-help = ਮਦਦ ਵਾਲੀ ਲਿਖਤ (ਜ਼ਰੂਰੀ ਨਹੀਂ)
surveys-builder-options = ਵਿਕਲਪ
surveys-builder-rows = ਕਤਾਰਾਂ (ਹਰ ਲਾਈਨ 'ਤੇ ਦਰਜਾ ਦੇਣ ਲਈ ਇੱਕ ਚੀਜ਼)
surveys-builder-scale-points = ਹਰ ਕਤਾਰ ਲਈ ਜਵਾਬ
surveys-builder-lines-hint = ਹਰ ਲਾਈਨ 'ਤੇ ਇੱਕ। ਕੋਈ ਲਾਈਨ ਹਟਾਉਣ ਨਾਲ ਉਹ ਵਿਕਲਪ ਹਟ ਜਾਂਦਾ ਹੈ।
surveys-builder-lines-translate-hint = ਹਰ ਲਾਈਨ 'ਤੇ ਇੱਕ, ਉਸੇ ਕ੍ਰਮ ਵਿੱਚ ਜਿਵੇਂ ਸਰਵੇਖਣ ਦੀ ਆਪਣੀ ਭਾਸ਼ਾ ਵਿੱਚ ਹੈ।
surveys-builder-max-choices = ਵੱਧ ਤੋਂ ਵੱਧ ਕਿੰਨੇ ਵਿਕਲਪ (ਖਾਲੀ: ਕੋਈ ਹੱਦ ਨਹੀਂ)
surveys-builder-other = ਲਿਖਣ ਲਈ ਖਾਨੇ ਨਾਲ "ਹੋਰ" ਵਿਕਲਪ ਦਿਓ
surveys-builder-min = ਸਭ ਤੋਂ ਛੋਟਾ ਨੰਬਰ
surveys-builder-max = ਸਭ ਤੋਂ ਵੱਡਾ ਨੰਬਰ
surveys-builder-min-label = ਸਭ ਤੋਂ ਛੋਟੇ ਨੰਬਰ ਲਈ ਸ਼ਬਦ
surveys-builder-max-label = ਸਭ ਤੋਂ ਵੱਡੇ ਨੰਬਰ ਲਈ ਸ਼ਬਦ
surveys-builder-min-date = ਸਭ ਤੋਂ ਪਹਿਲੀ ਤਾਰੀਖ਼ (ਸਾਲ-ਮਹੀਨਾ-ਦਿਨ)
surveys-builder-max-date = ਸਭ ਤੋਂ ਆਖ਼ਰੀ ਤਾਰੀਖ਼ (ਸਾਲ-ਮਹੀਨਾ-ਦਿਨ)
surveys-builder-max-len = ਵੱਧ ਤੋਂ ਵੱਧ ਅੱਖਰ
surveys-builder-required = ਜਵਾਬ ਦੇਣਾ ਲਾਜ਼ਮੀ ਹੈ
surveys-builder-pnts = "ਮੈਂ ਨਹੀਂ ਦੱਸਣਾ ਚਾਹੁੰਦਾ/ਚਾਹੁੰਦੀ" ਵਿਕਲਪ ਦਿਓ
surveys-builder-condition = ਇਹ ਸਵਾਲ ਕਦੋਂ ਦਿਖਾਉਣਾ ਹੈ
surveys-builder-condition-question = ਇਸ ਸਵਾਲ ਦੇ ਜਵਾਬ 'ਤੇ ਨਿਰਭਰ ਹੈ
surveys-builder-always = ਹਮੇਸ਼ਾ ਦਿਖਾਓ
surveys-builder-condition-op = ਇਸ ਨੂੰ ਉਦੋਂ ਦਿਖਾਓ ਜਦੋਂ ਜਵਾਬ
surveys-builder-op-equals = ਇਹ ਹੋਵੇ
surveys-builder-op-not_equals = ਇਹ ਨਾ ਹੋਵੇ
surveys-builder-op-any_of = ਇਹਨਾਂ ਵਿੱਚੋਂ ਕੋਈ ਹੋਵੇ
surveys-builder-op-answered = ਦਿੱਤਾ ਗਿਆ ਹੋਵੇ
surveys-builder-condition-answers = ਉਹ ਜਵਾਬ ਜਿਨ੍ਹਾਂ 'ਤੇ ਇਹ ਦਿਖਾਇਆ ਜਾਵੇ
surveys-builder-condition-pick-question = ਇਸ ਸਵਾਲ ਨੂੰ ਸਿਰਫ਼ ਕੁਝ ਜਵਾਬਾਂ ਤੋਂ ਬਾਅਦ ਦਿਖਾਉਣ ਲਈ, ਪਿਛਲਾ ਸਵਾਲ ਚੁਣੋ ਅਤੇ ਸੰਭਾਲੋ: ਫਿਰ ਉਸਦੇ ਜਵਾਬ ਇੱਥੇ ਦਿਖਾਈ ਦੇਣਗੇ।
surveys-builder-condition-no-answers = ਇਸ ਸਵਾਲ ਵਿੱਚ ਚੁਣਨ ਲਈ ਕੋਈ ਜਵਾਬ ਨਹੀਂ ਹਨ। ਕੋਈ ਹੋਰ ਸਵਾਲ ਚੁਣ ਕੇ ਸੰਭਾਲੋ, ਜਾਂ ਜਦੋਂ ਵੀ ਜਵਾਬ ਦਿੱਤਾ ਜਾਵੇ ਇਸਨੂੰ ਦਿਖਾਓ।
surveys-builder-move-up = ਉੱਪਰ ਕਰੋ
surveys-builder-move-down = ਹੇਠਾਂ ਕਰੋ
surveys-builder-delete = ਸਵਾਲ ਮਿਟਾਓ
surveys-builder-delete-warning = ਇਹ ਸਵਾਲ ਅਤੇ ਹਰ ਭਾਸ਼ਾ ਵਿੱਚ ਇਸਦੇ ਪਾਠ ਹਮੇਸ਼ਾ ਲਈ ਮਿਟ ਜਾਣਗੇ।
surveys-builder-delete-confirm = ਹਾਂ, ਇਹ ਸਵਾਲ ਮਿਟਾਓ
surveys-kind-single_choice = ਇੱਕ ਵਿਕਲਪ
surveys-kind-multiple_choice = ਕਈ ਵਿਕਲਪ
surveys-kind-dropdown = ਸੂਚੀ ਵਿੱਚੋਂ ਇੱਕ ਵਿਕਲਪ
surveys-kind-scale = ਪੈਮਾਨਾ
surveys-kind-yes_no = ਹਾਂ ਜਾਂ ਨਹੀਂ
surveys-kind-short_text = ਛੋਟੀ ਲਿਖਤ
surveys-kind-long_text = ਲੰਮੀ ਲਿਖਤ
surveys-kind-number = ਨੰਬਰ
surveys-kind-date = ਤਾਰੀਖ਼
surveys-kind-ranking = ਕ੍ਰਮ ਵਿੱਚ ਲਗਾਓ
surveys-kind-matrix = ਗਰਿੱਡ (ਕਤਾਰਾਂ ਅਤੇ ਜਵਾਬ)
surveys-correcting-note = ਤੁਸੀਂ ਜਵਾਬ { $response } ਨੂੰ ਸੋਧ ਰਹੇ ਹੋ। ਆਖ਼ਰੀ ਹਿੱਸਾ ਭੇਜਣ 'ਤੇ ਇਸ ਦੇ ਪੁਰਾਣੇ ਜਵਾਬਾਂ ਦੀ ਥਾਂ ਨਵੇਂ ਜਵਾਬ ਆ ਜਾਣਗੇ।
surveys-responses-title = ਜਵਾਬ
surveys-responses-count = { $count ->
    [one] { $count } ਜਵਾਬ ਸੰਭਾਲਿਆ ਗਿਆ ਹੈ।
   *[other] { $count } ਜਵਾਬ ਸੰਭਾਲੇ ਗਏ ਹਨ।
}
surveys-responses-held = { $count ->
    [one] { $count } ਹੋਰ ਜਵਾਬ ਉਦੋਂ ਤੱਕ ਵੱਖਰਾ ਰੱਖਿਆ ਗਿਆ ਹੈ ਜਦੋਂ ਤੱਕ ਇੰਨੇ ਜਵਾਬ ਨਹੀਂ ਆ ਜਾਂਦੇ ਕਿ ਇਸ ਨੂੰ ਹੋਰਾਂ ਦੇ ਨਾਲ ਸੰਭਾਲਿਆ ਜਾ ਸਕੇ; ਸੰਭਾਲੇ ਜਾਣ ਤੋਂ ਬਾਅਦ ਇਹ ਸੂਚੀ ਵਿੱਚ ਦਿਖੇਗਾ।
   *[other] { $count } ਹੋਰ ਜਵਾਬ ਉਦੋਂ ਤੱਕ ਵੱਖਰੇ ਰੱਖੇ ਗਏ ਹਨ ਜਦੋਂ ਤੱਕ ਇੰਨੇ ਜਵਾਬ ਨਹੀਂ ਆ ਜਾਂਦੇ ਕਿ ਇਹਨਾਂ ਨੂੰ ਹੋਰਾਂ ਦੇ ਨਾਲ ਸੰਭਾਲਿਆ ਜਾ ਸਕੇ; ਸੰਭਾਲੇ ਜਾਣ ਤੋਂ ਬਾਅਦ ਇਹ ਸੂਚੀ ਵਿੱਚ ਦਿਖਣਗੇ।
}
surveys-responses-none = ਦਿਖਾਉਣ ਲਈ ਕੋਈ ਜਵਾਬ ਨਹੀਂ ਹੈ।
surveys-responses-filter-label = ਜਵਾਬ ਛਾਂਟੋ
surveys-responses-col-response = ਜਵਾਬ
surveys-responses-col-day = ਦਿਨ
surveys-responses-col-language = ਫ਼ਾਰਮ ਦੀ ਭਾਸ਼ਾ
surveys-responses-col-answered = ਜਵਾਬ ਦਿੱਤੇ ਸਵਾਲ
surveys-responses-pages-label = ਜਵਾਬਾਂ ਦੇ ਪੰਨੇ
surveys-responses-withdrawn = ਜਵਾਬ ਰੱਦ ਕਰ ਦਿੱਤਾ ਗਿਆ। ਇਸ ਦੇ ਜਵਾਬ ਹੁਣ ਨਤੀਜਿਆਂ ਜਾਂ ਐਕਸਪੋਰਟ ਕੀਤੀਆਂ ਫ਼ਾਈਲਾਂ ਵਿੱਚ ਨਹੀਂ ਗਿਣੇ ਜਾਂਦੇ।
surveys-responses-history = ਸੋਧਾਂ ਅਤੇ ਰੱਦ ਕੀਤੇ ਜਵਾਬ
surveys-responses-history-none = ਕੋਈ ਵੀ ਜਵਾਬ ਸੋਧਿਆ ਜਾਂ ਰੱਦ ਨਹੀਂ ਕੀਤਾ ਗਿਆ।
surveys-responses-history-corrected = { $who } ਨੇ ਇਹ { $date } ਨੂੰ ਸੋਧਿਆ
surveys-responses-history-withdrawn = { $who } ਨੇ ਇਹ { $date } ਨੂੰ ਰੱਦ ਕੀਤਾ
surveys-responses-someone = ਇੱਕ ਮਿਟਾਇਆ ਗਿਆ ਖਾਤਾ
surveys-response-title = ਜਵਾਬ { $response }
surveys-response-answers = ਦਿੱਤੇ ਗਏ ਜਵਾਬ
surveys-response-no-answer = ਜਵਾਬ ਨਹੀਂ ਦਿੱਤਾ
surveys-response-corrected = ਜਵਾਬ ਸੋਧਿਆ ਗਿਆ। ਨਤੀਜਿਆਂ ਵਿੱਚ ਹੁਣ ਇਸ ਦੇ ਨਵੇਂ ਜਵਾਬ ਗਿਣੇ ਜਾਂਦੇ ਹਨ।
surveys-response-unchanged = ਕੋਈ ਜਵਾਬ ਨਹੀਂ ਬਦਲਿਆ ਗਿਆ, ਇਸ ਲਈ ਕੁਝ ਵੀ ਦਰਜ ਨਹੀਂ ਕੀਤਾ ਗਿਆ।
surveys-response-review = ਸੋਧੋ ਜਾਂ ਰੱਦ ਕਰੋ
surveys-response-correct = ਜਵਾਬ ਸੋਧੋ
surveys-response-correct-intro = ਫ਼ਾਰਮ ਪਹਿਲਾਂ ਦਰਜ ਕੀਤੇ ਜਵਾਬਾਂ ਨਾਲ ਖੁੱਲ੍ਹਦਾ ਹੈ। ਜੋ ਗ਼ਲਤ ਦਰਜ ਹੋਇਆ ਸੀ, ਉਸ ਨੂੰ ਬਦਲੋ ਅਤੇ ਆਖ਼ਰੀ ਹਿੱਸਾ ਭੇਜੋ: ਪੁਰਾਣੇ ਜਵਾਬਾਂ ਦੀ ਥਾਂ ਨਵੇਂ ਜਵਾਬ ਆ ਜਾਂਦੇ ਹਨ। ਇਹ ਬਦਲਾਅ ਤੁਹਾਡੇ ਨਾਂ ਅਤੇ ਕਾਰਨ ਦੇ ਨਾਲ ਦਰਜ ਕੀਤਾ ਜਾਂਦਾ ਹੈ।
surveys-response-correct-start = ਸੋਧਣ ਲਈ ਜਵਾਬ ਖੋਲ੍ਹੋ
surveys-response-not-correctable = ਇਹ ਜਵਾਬ ਵਿਅਕਤੀ ਨੇ ਖ਼ੁਦ ਔਨਲਾਈਨ ਦਿੱਤਾ ਸੀ: ਇਸ ਨੂੰ ਸੋਧਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ, ਸਿਰਫ਼ ਰੱਦ ਕੀਤਾ ਜਾ ਸਕਦਾ ਹੈ।
surveys-response-reason-label = ਕਾਰਨ
surveys-response-reason-hint = ਜਿਵੇਂ: “ਕਾਗ਼ਜ਼ੀ ਫ਼ਾਰਮ ਦੇ 1 ਦੀ ਥਾਂ 7 ਦਰਜ ਹੋ ਗਿਆ”। ਵੱਧ ਤੋਂ ਵੱਧ 500 ਅੱਖਰ।
surveys-response-withdraw = ਇਹ ਜਵਾਬ ਰੱਦ ਕਰੋ
surveys-response-withdraw-warning = ਇਸ ਦੇ ਜਵਾਬ ਨਤੀਜਿਆਂ ਅਤੇ ਐਕਸਪੋਰਟ ਕੀਤੀਆਂ ਫ਼ਾਈਲਾਂ ਵਿੱਚੋਂ ਹਮੇਸ਼ਾ ਲਈ ਹਟ ਜਾਂਦੇ ਹਨ। ਰੱਦ ਕਰਨ ਦੀ ਕਾਰਵਾਈ ਤੁਹਾਡੇ ਨਾਂ ਅਤੇ ਕਾਰਨ ਦੇ ਨਾਲ ਦਰਜ ਕੀਤੀ ਜਾਂਦੀ ਹੈ।
surveys-response-withdraw-confirm = ਹਾਂ, ਇਸ ਨੂੰ ਰੱਦ ਕਰੋ
surveys-response-history = ਇਸ ਜਵਾਬ ਵਿੱਚ ਹੋਏ ਬਦਲਾਅ
surveys-response-back = ਸਾਰੇ ਜਵਾਬ
surveys-builder-codes = ਜਵਾਬਾਂ ਦੇ ਕੋਡ
surveys-builder-codes-label = ਕੋਡ, ਹਰ ਲਾਈਨ 'ਤੇ ਇੱਕ
surveys-builder-codes-hint = ਉੱਪਰ ਦਿੱਤੇ ਜਵਾਬਾਂ ਦੇ ਉਸੇ ਕ੍ਰਮ ਵਿੱਚ। ਐਕਸਪੋਰਟ ਕੀਤੀਆਂ ਫ਼ਾਈਲਾਂ ਅਤੇ ਸ਼ਰਤਾਂ ਇਹਨਾਂ ਨੂੰ ਵਰਤਦੀਆਂ ਹਨ: ਛੋਟੇ ਅੰਗਰੇਜ਼ੀ ਅੱਖਰ (a–z), ਅੰਕ, ਡੈਸ਼ (-) ਅਤੇ ਅੰਡਰਸਕੋਰ (_)। ਕਿਸੇ ਦੇ ਜਵਾਬ ਦੇਣ ਤੋਂ ਬਾਅਦ ਇਹਨਾਂ ਨੂੰ ਬਦਲਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ।
surveys-slips-languages = ਪਰਚੀਆਂ ਦੀਆਂ ਭਾਸ਼ਾਵਾਂ
surveys-slips-languages-apply = ਪਰਚੀਆਂ ਇਹਨਾਂ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ ਦਿਖਾਓ
surveys-builder-transfer-heading = ਕਾਪੀ ਜਾਂ ਐਕਸਪੋਰਟ
surveys-builder-download-file = ਸਰਵੇਖਣ ਦੀ ਫ਼ਾਈਲ ਡਾਊਨਲੋਡ ਕਰੋ (JSON)
surveys-builder-download-hint = ਇਸ ਵਿੱਚ ਸਰਵੇਖਣ ਦੇ ਸਵਾਲ ਅਤੇ ਲਿਖਤਾਂ ਸਾਰੀਆਂ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ ਹੁੰਦੇ ਹਨ, ਤਾਂ ਜੋ ਕਿਸੇ ਹੋਰ ਯੋਜਨਾ ਵਿੱਚ ਜਾਂ ਕਿਸੇ ਹੋਰ Ponte ਸਾਈਟ 'ਤੇ ਇਸ ਤੋਂ ਨਵਾਂ ਸਰਵੇਖਣ ਸ਼ੁਰੂ ਕੀਤਾ ਜਾ ਸਕੇ। ਇਸ ਵਿੱਚ ਕੋਈ ਜਵਾਬ ਨਹੀਂ ਹੁੰਦਾ।
surveys-builder-copy = ਇਸ ਸਰਵੇਖਣ ਨੂੰ ਕਾਪੀ ਕਰੋ
surveys-builder-copy-intro = ਕਾਪੀ ਇੱਕ ਨਵਾਂ ਖਰੜਾ ਹੈ, ਜਿਸ ਵਿੱਚ ਉਹੀ ਸਵਾਲ, ਲਿਖਤਾਂ ਅਤੇ ਭਾਸ਼ਾਵਾਂ ਹੁੰਦੀਆਂ ਹਨ, ਪਰ ਜਵਾਬ, ਕੋਡ ਜਾਂ ਤਾਰੀਖ਼ਾਂ ਨਹੀਂ।
surveys-builder-copy-submit = ਕਾਪੀ ਬਣਾਓ
surveys-builder-import-heading = ਸਰਵੇਖਣ ਦੀ ਫ਼ਾਈਲ ਤੋਂ ਸ਼ੁਰੂ ਕਰੋ
surveys-builder-import-intro = ਕਿਸੇ ਸਰਵੇਖਣ ਦੇ ਸੋਧ ਵਾਲੇ ਪੰਨੇ ਤੋਂ ਡਾਊਨਲੋਡ ਕੀਤੀ ਸਰਵੇਖਣ ਦੀ ਫ਼ਾਈਲ (JSON), ਇੱਥੋਂ ਜਾਂ ਕਿਸੇ ਹੋਰ Ponte ਸਾਈਟ ਤੋਂ: ਇਸ ਦੇ ਸਵਾਲ ਅਤੇ ਲਿਖਤਾਂ ਖਰੜੇ ਵਜੋਂ ਇੱਕ ਨਵਾਂ ਸਰਵੇਖਣ ਬਣ ਜਾਂਦੇ ਹਨ।
surveys-builder-import-file = ਸਰਵੇਖਣ ਦੀ ਫ਼ਾਈਲ
surveys-builder-import-title-hint = ਫ਼ਾਈਲ ਵਿਚਲਾ ਸਿਰਲੇਖ ਰੱਖਣ ਲਈ ਇਸ ਨੂੰ ਖਾਲੀ ਛੱਡ ਦਿਓ।
surveys-builder-import-submit = ਸਰਵੇਖਣ ਇੰਪੋਰਟ ਕਰੋ
