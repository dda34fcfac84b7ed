## Обоснования: почему появилась мера — на основе того, что люди сказали в ходе участия.

evidence-heading = Почему эта мера: что сказали люди
evidence-none = К этой мере пока не привязано ни одного результата участия.
evidence-unavailable = Обоснование этой меры сейчас не удаётся показать.
evidence-used-for = Обоснование для этих мер
evidence-link-summary = Привязать к мере как обоснование
evidence-measure-label = Мера
evidence-rationale-label = Почему это важно для меры
evidence-rationale-hint = Пишите простыми словами: жители прочитают это на странице меры.
evidence-link-submit = Привязать
evidence-unlink = Удалить эту связь
evidence-kind-survey_question = Опросы ({ $count })
evidence-kind-focus_group_finding = Фокус-группы ({ $count })
evidence-source-survey_question = Из опроса
evidence-source-focus_group_finding = Из фокус-группы
evidence-kind-forum_outcome = Форум ({ $count })
evidence-source-forum_outcome = Из темы на форуме
