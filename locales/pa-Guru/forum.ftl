# ਫੋਰਮ: ਕਿਸੇ ਯੋਜਨਾ ਦੀਆਂ ਚਰਚਾਵਾਂ ਅਤੇ ਪੋਸਟਾਂ, ਉਸ ਦੀਆਂ ਸ਼੍ਰੇਣੀਆਂ, ਨਤੀਜੇ।
forum-title = ਫੋਰਮ
forum-intro = ਯੋਜਨਾ ਬਾਰੇ ਹੋਰ ਵਸਨੀਕਾਂ, ਸੰਸਥਾਵਾਂ ਅਤੇ ਨਗਰਪਾਲਿਕਾ ਨਾਲ ਗੱਲ ਕਰੋ। ਸੰਚਾਲਕ ਹਰ ਚਰਚਾ ਪੜ੍ਹਦੇ ਹਨ; ਜਦੋਂ ਕੋਈ ਚਰਚਾ ਕਿਸੇ ਫ਼ੈਸਲੇ 'ਤੇ ਪਹੁੰਚ ਜਾਂਦੀ ਹੈ, ਤਾਂ ਉਹ ਉਸ ਦਾ ਨਤੀਜਾ ਲਿਖਦੇ ਹਨ, ਅਤੇ ਉਹ ਕਿਸੇ ਉਪਾਅ ਲਈ ਸਬੂਤ ਬਣ ਸਕਦਾ ਹੈ।
forum-categories-label = ਫੋਰਮ ਦੀਆਂ ਸ਼੍ਰੇਣੀਆਂ
forum-category-all = ਸਾਰੀਆਂ ਚਰਚਾਵਾਂ
forum-category-general = ਆਮ
forum-threads-none = ਇੱਥੇ ਅਜੇ ਕੋਈ ਚਰਚਾ ਨਹੀਂ ਹੈ।
forum-pages-label = ਫੋਰਮ ਦੇ ਪੰਨੇ
forum-posts-count = { $count ->
    [one] { $count } ਪੋਸਟ
   *[other] { $count } ਪੋਸਟਾਂ
}
forum-last-post = ਆਖ਼ਰੀ ਪੋਸਟ { $date } ਨੂੰ
forum-badge-pinned = ਪਿੰਨ ਕੀਤੀ
forum-badge-locked = ਲੌਕ ਕੀਤੀ
forum-badge-closed = ਨਤੀਜੇ ਨਾਲ ਬੰਦ
forum-thread-placeholder-hidden = ਇੱਕ ਚਰਚਾ, ਜੋ ਕਿਸੇ ਮਾਡਰੇਟਰ ਦੀ ਸਮੀਖਿਆ ਤੱਕ ਲੁਕੀ ਹੋਈ ਹੈ
forum-thread-placeholder-removed = ਇੱਕ ਚਰਚਾ, ਜੋ ਕਿਸੇ ਮਾਡਰੇਟਰ ਨੇ ਹਟਾ ਦਿੱਤੀ
forum-thread-placeholder-deleted = ਇੱਕ ਚਰਚਾ, ਜੋ ਉਸ ਦੇ ਲੇਖਕ ਨੇ ਮਿਟਾ ਦਿੱਤੀ
forum-sign-in = ਚਰਚਾ ਸ਼ੁਰੂ ਕਰਨ ਜਾਂ ਜਵਾਬ ਦੇਣ ਲਈ ਸਾਈਨ ਇਨ ਕਰੋ।
forum-sign-in-reply = ਜਵਾਬ ਦੇਣ ਲਈ ਸਾਈਨ ਇਨ ਕਰੋ।
forum-new-thread = ਚਰਚਾ ਸ਼ੁਰੂ ਕਰੋ
forum-form-category = ਸ਼੍ਰੇਣੀ
forum-form-measures = ਇਹ ਚਰਚਾ ਕਿਹੜੇ ਪ੍ਰਸਤਾਵਿਤ ਉਪਾਵਾਂ ਬਾਰੇ ਹੈ (ਵਿਕਲਪਿਕ)
forum-form-measures-hint = ਵੱਧ ਤੋਂ ਵੱਧ { $max } ਉਪਾਵਾਂ 'ਤੇ ਨਿਸ਼ਾਨ ਲਗਾਓ।
forum-form-title = ਸਿਰਲੇਖ
forum-form-body = ਤੁਹਾਡਾ ਸੁਨੇਹਾ
forum-form-body-hint = ਤੁਸੀਂ Markdown ਵਰਤ ਸਕਦੇ ਹੋ: **ਬੋਲਡ**, *ਇਟੈਲਿਕ*, ਸੂਚੀਆਂ, ਲਿੰਕ ਅਤੇ > ਹਵਾਲੇ।
forum-form-lang = ਜਿਸ ਭਾਸ਼ਾ ਵਿੱਚ ਤੁਸੀਂ ਲਿਖ ਰਹੇ ਹੋ
forum-form-open = ਚਰਚਾ ਸ਼ੁਰੂ ਕਰੋ
forum-thread-measures = ਇਹਨਾਂ ਉਪਾਵਾਂ ਬਾਰੇ:
forum-kept = ਹੋ ਗਿਆ: ਚਰਚਾ ਦੀ ਸਥਿਤੀ ਅੱਪਡੇਟ ਕਰ ਦਿੱਤੀ ਗਈ ਹੈ।
forum-post-number = ਨੰ. { $number }
forum-edited = ਸੋਧੀ ਗਈ
forum-in-reply-to = ਨੰ. { $number } ਦੇ ਜਵਾਬ ਵਿੱਚ
forum-post-placeholder-hidden = ਇਹ ਪੋਸਟ ਉਦੋਂ ਤੱਕ ਲੁਕੀ ਹੋਈ ਹੈ ਜਦੋਂ ਤੱਕ ਕੋਈ ਮਾਡਰੇਟਰ ਇਸ ਦੀ ਸਮੀਖਿਆ ਨਹੀਂ ਕਰਦਾ।
forum-post-placeholder-removed = ਇੱਕ ਮਾਡਰੇਟਰ ਨੇ ਇਹ ਪੋਸਟ ਹਟਾ ਦਿੱਤੀ।
forum-post-placeholder-deleted = ਇਸ ਦੇ ਲੇਖਕ ਨੇ ਇਹ ਪੋਸਟ ਮਿਟਾ ਦਿੱਤੀ।
forum-moderation-log = ਮਾਡਰੇਸ਼ਨ ਲੌਗ
forum-quote = ਹਵਾਲਾ ਦਿਓ
forum-edit = ਸੋਧੋ
forum-edit-label = ਤੁਹਾਡੀ ਪੋਸਟ
forum-edit-hint = ਲੋਕ ਦੇਖ ਸਕਣਗੇ ਕਿ ਪੋਸਟ ਸੋਧੀ ਗਈ ਹੈ; ਮਾਡਰੇਟਰ ਪਹਿਲਾਂ ਵਾਲੀ ਲਿਖਤ ਪੜ੍ਹ ਸਕਦੇ ਹਨ।
forum-edit-submit = ਪੋਸਟ ਸੰਭਾਲੋ
forum-delete = ਮੇਰੀ ਪੋਸਟ ਮਿਟਾਓ
forum-delete-confirm = ਇਸ ਦੀ ਲਿਖਤ ਹਮੇਸ਼ਾ ਲਈ ਮਿਟ ਜਾਵੇਗੀ; ਇਸ ਦਾ ਨੰਬਰ ਬਣਿਆ ਰਹੇਗਾ, ਤਾਂ ਜੋ ਜਵਾਬਾਂ ਦਾ ਮਤਲਬ ਬਣਿਆ ਰਹੇ।
forum-delete-submit = ਮਿਟਾਓ
forum-reply = ਜਵਾਬ ਦਿਓ
forum-quoting = ਤੁਹਾਡਾ ਜਵਾਬ ਪੋਸਟ ਨੰ. { $number } ਦਾ ਹਵਾਲਾ ਦਿੰਦਾ ਹੈ।
forum-reply-submit = ਜਵਾਬ ਭੇਜੋ
forum-locked-notice = ਇਹ ਚਰਚਾ ਲੌਕ ਹੈ: ਹੁਣ ਇਸ ਵਿੱਚ ਜਵਾਬ ਨਹੀਂ ਦਿੱਤੇ ਜਾ ਸਕਦੇ।
forum-closed-notice = ਇਹ ਚਰਚਾ ਬੰਦ ਹੋ ਚੁੱਕੀ ਹੈ: ਇਸ ਦਾ ਨਤੀਜਾ ਉੱਪਰ ਦਿੱਤਾ ਗਿਆ ਹੈ।
forum-keep = ਪਿੰਨ ਜਾਂ ਲੌਕ ਕਰੋ
forum-keep-pin = ਸਭ ਤੋਂ ਉੱਪਰ ਪਿੰਨ ਕਰੋ
forum-keep-unpin = ਪਿੰਨ ਹਟਾਓ
forum-keep-lock = ਲੌਕ ਕਰੋ (ਹੋਰ ਜਵਾਬ ਨਹੀਂ)
forum-keep-unlock = ਲੌਕ ਹਟਾਓ
forum-outcome-heading = ਨਤੀਜਾ
forum-outcome-on = { $date } ਨੂੰ ਲਿਖਿਆ ਗਿਆ
forum-close = ਨਤੀਜੇ ਨਾਲ ਬੰਦ ਕਰੋ
forum-close-hint = ਸੰਖੇਪ ਵਿੱਚ ਲਿਖੋ ਕਿ ਚਰਚਾ ਵਿੱਚ ਕੀ ਤੈਅ ਹੋਇਆ ਅਤੇ ਨਗਰਪਾਲਿਕਾ ਉਸ ਬਾਰੇ ਕੀ ਕਰੇਗੀ। ਬੰਦ ਕਰਨ ਨਾਲ ਚਰਚਾ ਲੌਕ ਹੋ ਜਾਂਦੀ ਹੈ; ਉਸ ਤੋਂ ਬਾਅਦ ਨਤੀਜੇ ਨੂੰ ਸਬੂਤ ਵਜੋਂ ਉਪਾਵਾਂ ਨਾਲ ਜੋੜਿਆ ਜਾ ਸਕਦਾ ਹੈ।
forum-outcome-lang = ਨਤੀਜੇ ਦੀ ਭਾਸ਼ਾ
forum-outcome-label = ਨਤੀਜਾ
forum-close-submit = ਚਰਚਾ ਬੰਦ ਕਰੋ
forum-outcome-translate = ਨਤੀਜਾ ਕਿਸੇ ਹੋਰ ਭਾਸ਼ਾ ਵਿੱਚ ਲਿਖੋ, ਜਾਂ ਉਸ ਨੂੰ ਠੀਕ ਕਰੋ
forum-outcome-save = ਨਤੀਜਾ ਸੰਭਾਲੋ
forum-outcome-written-in = ਇਹਨਾਂ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ ਲਿਖਿਆ: { $languages }
forum-history-link = ਪਿਛਲੀਆਂ ਲਿਖਤਾਂ
forum-history-title = ਪੋਸਟ ਨੰ. { $number } ਦੀਆਂ ਪਿਛਲੀਆਂ ਲਿਖਤਾਂ
forum-history-back = ਪੋਸਟ 'ਤੇ ਵਾਪਸ ਜਾਓ
forum-history-current = ਇਸ ਦੀ ਮੌਜੂਦਾ ਲਿਖਤ
forum-history-earlier = ਪਿਛਲੀਆਂ ਲਿਖਤਾਂ, ਸਭ ਤੋਂ ਨਵੀਂ ਪਹਿਲਾਂ
forum-history-none = ਇਹ ਪੋਸਟ ਕਦੇ ਸੋਧੀ ਨਹੀਂ ਗਈ।
forum-history-replaced = { $when } ਨੂੰ ਬਦਲੀ ਗਈ
forum-search-label = ਫੋਰਮ ਵਿੱਚ ਖੋਜੋ
forum-search-submit = ਖੋਜੋ
forum-search-title = ਫੋਰਮ ਵਿੱਚ ਖੋਜ
forum-search-title-hit = ਚਰਚਾ ਦੇ ਸਿਰਲੇਖ ਵਿੱਚ
forum-search-found = { $count ->
    [0] ਕੁਝ ਨਹੀਂ ਮਿਲਿਆ।
    [one] ਇੱਕ ਪੋਸਟ ਮਿਲੀ।
   *[other] { $count } ਪੋਸਟਾਂ ਮਿਲੀਆਂ।
}
forum-search-found-more = { $count } ਤੋਂ ਵੱਧ ਨਤੀਜੇ ਮਿਲੇ: ਸਭ ਤੋਂ ਨਵੇਂ ਦਿਖਾਏ ਜਾ ਰਹੇ ਹਨ। ਖੋਜ ਨੂੰ ਸੀਮਤ ਕਰਨ ਲਈ ਕੋਈ ਹੋਰ ਸ਼ਬਦ ਜੋੜੋ।
forum-follow-heading = ਇਸ ਚਰਚਾ 'ਤੇ ਨਜ਼ਰ ਰੱਖੋ
forum-following-none = ਤੁਸੀਂ ਇਸ ਚਰਚਾ 'ਤੇ ਨਜ਼ਰ ਨਹੀਂ ਰੱਖ ਰਹੇ।
forum-following-instant = ਤੁਹਾਨੂੰ ਹਰ ਨਵੀਂ ਪੋਸਟ 'ਤੇ ਇੱਕ ਈਮੇਲ ਮਿਲਦੀ ਹੈ।
forum-following-daily = ਨਵੀਆਂ ਪੋਸਟਾਂ ਆਉਣ 'ਤੇ ਤੁਹਾਨੂੰ ਦਿਨ ਵਿੱਚ ਇੱਕ ਈਮੇਲ ਮਿਲਦੀ ਹੈ।
forum-follow-instant = ਹਰ ਨਵੀਂ ਪੋਸਟ ਮੈਨੂੰ ਈਮੇਲ 'ਤੇ ਭੇਜੋ
forum-follow-daily = ਮੈਨੂੰ ਰੋਜ਼ਾਨਾ ਸਾਰਾਂਸ਼ ਭੇਜੋ
forum-follow-stop = ਨਜ਼ਰ ਰੱਖਣਾ ਬੰਦ ਕਰੋ
forum-followed = ਹੋ ਗਿਆ: ਤੁਸੀਂ ਇਸ ਚਰਚਾ 'ਤੇ ਕਿਵੇਂ ਨਜ਼ਰ ਰੱਖਦੇ ਹੋ, ਇਹ ਸੰਭਾਲ ਲਿਆ ਗਿਆ ਹੈ।
forum-email-reply-subject = “{ $title }” ਵਿੱਚ ਨਵਾਂ ਜਵਾਬ
forum-email-reply-intro = ਕਿਸੇ ਨੇ ਫੋਰਮ ਦੀ ਚਰਚਾ “{ $title }” ਵਿੱਚ ਜਵਾਬ ਦਿੱਤਾ ਹੈ (ਪੋਸਟ ਨੰ. { $number })।
forum-email-reply-action = ਜਵਾਬ ਪੜ੍ਹੋ
forum-email-digest-subject = { $count ->
    [one] ਜਿਸ ਫੋਰਮ ਚਰਚਾ 'ਤੇ ਤੁਸੀਂ ਨਜ਼ਰ ਰੱਖਦੇ ਹੋ, ਉਸ ਵਿੱਚ ਨਵੀਆਂ ਪੋਸਟਾਂ
   *[other] ਜਿਨ੍ਹਾਂ { $count } ਫੋਰਮ ਚਰਚਾਵਾਂ 'ਤੇ ਤੁਸੀਂ ਨਜ਼ਰ ਰੱਖਦੇ ਹੋ, ਉਨ੍ਹਾਂ ਵਿੱਚ ਨਵੀਆਂ ਪੋਸਟਾਂ
}
forum-email-digest-intro = ਤੁਹਾਡੇ ਪਿਛਲੇ ਸਾਰਾਂਸ਼ ਤੋਂ ਬਾਅਦ, ਜਿਨ੍ਹਾਂ ਚਰਚਾਵਾਂ 'ਤੇ ਤੁਸੀਂ ਨਜ਼ਰ ਰੱਖਦੇ ਹੋ ਉਨ੍ਹਾਂ ਵਿੱਚ ਨਵੀਆਂ ਪੋਸਟਾਂ ਆਈਆਂ ਹਨ:
forum-email-digest-thread = “{ $title }” — ਨਵੀਆਂ ਪੋਸਟਾਂ: { $count }, { $url } ਤੋਂ ਪੜ੍ਹਨਾ ਸ਼ੁਰੂ ਕਰੋ
forum-email-footer = ਤੁਹਾਨੂੰ ਇਹ ਈਮੇਲ ਇਸ ਲਈ ਮਿਲੀ ਹੈ ਕਿਉਂਕਿ ਤੁਸੀਂ Ponte 'ਤੇ ਕਿਸੇ ਫੋਰਮ ਦੀ ਇੱਕ ਚਰਚਾ 'ਤੇ ਨਜ਼ਰ ਰੱਖਦੇ ਹੋ। ਇਹ ਈਮੇਲਾਂ ਬੰਦ ਕਰਨ ਲਈ { $url } ਖੋਲ੍ਹੋ।
