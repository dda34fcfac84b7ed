## ਪੰਨੇ ਦਾ ਢਾਂਚਾ, ਨੈਵੀਗੇਸ਼ਨ ਅਤੇ ਸਾਂਝੇ ਸ਼ਬਦ।

core-skip-to-content = ਮੁੱਖ ਸਮੱਗਰੀ 'ਤੇ ਜਾਓ
core-tagline = ਆਪਣੀ ਨਗਰਪਾਲਿਕਾ ਦੀ ਏਕੀਕਰਨ ਯੋਜਨਾ ਮਿਲ ਕੇ ਬਣਾਓ
core-footer-nav = ਸਾਈਟ ਦੇ ਲਿੰਕ
core-nav-plans = ਯੋਜਨਾਵਾਂ
core-nav-accessibility = ਪਹੁੰਚਯੋਗਤਾ ਬਿਆਨ
core-footer-about = Ponte ਇੱਕ ਓਪਨ-ਸੋਰਸ ਪਲੇਟਫ਼ਾਰਮ ਹੈ, ਜਿਸ 'ਤੇ ਨਗਰਪਾਲਿਕਾਵਾਂ ਵਸਨੀਕਾਂ, ਪਰਵਾਸੀਆਂ ਅਤੇ ਉਹਨਾਂ ਦੀਆਂ ਸੰਸਥਾਵਾਂ ਨਾਲ ਮਿਲ ਕੇ ਪਰਵਾਸੀਆਂ ਦੇ ਏਕੀਕਰਨ ਲਈ ਨਗਰ ਪੱਧਰੀ ਯੋਜਨਾਵਾਂ ਬਣਾਉਂਦੀਆਂ ਹਨ।
core-language-picker = ਭਾਸ਼ਾ
core-fallback-note = (ਅਜੇ ਅਨੁਵਾਦ ਨਹੀਂ ਹੋਇਆ: { $language } ਵਿੱਚ ਦਿਖਾਇਆ ਗਿਆ ਹੈ।)
core-back-home = ਮੁੱਖ ਪੰਨੇ 'ਤੇ ਵਾਪਸ ਜਾਓ
core-loading = ਲੋਡ ਹੋ ਰਿਹਾ ਹੈ…
core-breadcrumbs = ਤੁਸੀਂ ਇੱਥੇ ਹੋ
core-unknown = ਨਹੀਂ ਦੱਸਿਆ ਗਿਆ
core-period = { $start } ਤੋਂ { $end } ਤੱਕ
core-date = { $day } { $month } { $year }
core-month-1 = ਜਨਵਰੀ
core-month-2 = ਫ਼ਰਵਰੀ
core-month-3 = ਮਾਰਚ
core-month-4 = ਅਪ੍ਰੈਲ
core-month-5 = ਮਈ
core-month-6 = ਜੂਨ
core-month-7 = ਜੁਲਾਈ
core-month-8 = ਅਗਸਤ
core-month-9 = ਸਤੰਬਰ
core-month-10 = ਅਕਤੂਬਰ
core-month-11 = ਨਵੰਬਰ
core-month-12 = ਦਸੰਬਰ
