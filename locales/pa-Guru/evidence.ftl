## ਸਬੂਤ ਵਾਲਾ ਹਿੱਸਾ: ਕੋਈ ਉਪਾਅ ਕਿਉਂ ਹੈ, ਇਸ ਆਧਾਰ 'ਤੇ ਕਿ ਭਾਗੀਦਾਰੀ ਵਿੱਚ ਲੋਕਾਂ ਨੇ ਕੀ ਕਿਹਾ।

evidence-heading = ਇਹ ਉਪਾਅ ਕਿਉਂ: ਲੋਕਾਂ ਨੇ ਕੀ ਕਿਹਾ
evidence-none = ਇਸ ਉਪਾਅ ਨਾਲ ਅਜੇ ਤੱਕ ਭਾਗੀਦਾਰੀ ਦੇ ਕੋਈ ਨਤੀਜੇ ਨਹੀਂ ਜੋੜੇ ਗਏ।
evidence-unavailable = ਇਸ ਉਪਾਅ ਦਾ ਸਬੂਤ ਇਸ ਵੇਲੇ ਨਹੀਂ ਦਿਖਾਇਆ ਜਾ ਸਕਦਾ।
evidence-used-for = ਇਹਨਾਂ ਉਪਾਵਾਂ ਲਈ ਸਬੂਤ
evidence-link-summary = ਸਬੂਤ ਵਜੋਂ ਕਿਸੇ ਉਪਾਅ ਨਾਲ ਜੋੜੋ
evidence-measure-label = ਉਪਾਅ
evidence-rationale-label = ਇਹ ਉਪਾਅ ਲਈ ਕਿਉਂ ਮਹੱਤਵਪੂਰਨ ਹੈ
evidence-rationale-hint = ਸੌਖੇ ਸ਼ਬਦਾਂ ਵਿੱਚ ਲਿਖੋ: ਵਸਨੀਕ ਇਸ ਨੂੰ ਉਪਾਅ ਦੇ ਪੰਨੇ 'ਤੇ ਪੜ੍ਹਨਗੇ।
evidence-link-submit = ਜੋੜੋ
evidence-unlink = ਇਹ ਜੋੜ ਹਟਾਓ
evidence-kind-survey_question = ਸਰਵੇਖਣ ({ $count })
evidence-kind-focus_group_finding = ਫੋਕਸ ਗਰੁੱਪ ({ $count })
evidence-source-survey_question = ਸਰਵੇਖਣ ਤੋਂ
evidence-source-focus_group_finding = ਫੋਕਸ ਗਰੁੱਪ ਤੋਂ
evidence-kind-forum_outcome = ਫੋਰਮ ({ $count })
evidence-source-forum_outcome = ਫੋਰਮ ਦੀ ਚਰਚਾ ਤੋਂ
