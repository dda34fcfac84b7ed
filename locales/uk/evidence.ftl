## Розділ обґрунтувань: чому існує захід — на основі того, що люди сказали під час участі.

evidence-heading = Чому цей захід: що сказали люди
evidence-none = До цього заходу ще не прив’язано жодних результатів участі.
evidence-unavailable = Зараз не вдається показати обґрунтування цього заходу.
evidence-used-for = Обґрунтування для цих заходів
evidence-link-summary = Прив’язати до заходу як обґрунтування
evidence-measure-label = Захід
evidence-rationale-label = Чому це важливо для заходу
evidence-rationale-hint = Пишіть простими словами: жителі читатимуть це на сторінці заходу.
evidence-link-submit = Прив’язати
evidence-unlink = Видалити цей зв’язок
evidence-kind-survey_question = Опитування ({ $count })
evidence-kind-focus_group_finding = Фокус-групи ({ $count })
evidence-source-survey_question = З опитування
evidence-source-focus_group_finding = З фокус-групи
evidence-kind-forum_outcome = Форум ({ $count })
evidence-source-forum_outcome = З теми на форумі
