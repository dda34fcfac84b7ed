## Розділ обґрунтувань: чому існує захід — на основі того, що люди сказали під час участі.

evidence-heading = Чому цей захід: що сказали люди
evidence-none = До цього заходу ще не прив’язано жодних результатів участі.
evidence-unavailable = Зараз не вдається показати обґрунтування цього заходу.
evidence-from-survey = З опитування
evidence-used-for = Ці результати використано для таких заходів
evidence-link-summary = Прив’язати ці результати до заходу
evidence-measure-label = Захід
evidence-rationale-label = Чому ці результати важливі для заходу
evidence-rationale-hint = Пишіть простими словами: жителі читатимуть це на сторінці заходу.
evidence-link-submit = Прив’язати
evidence-unlink = Видалити цей зв’язок
