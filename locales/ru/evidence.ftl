## Обоснования: почему появилась мера — на основе того, что люди сказали в ходе участия.

evidence-heading = Почему эта мера: что сказали люди
evidence-none = К этой мере пока не привязано ни одного результата участия.
evidence-unavailable = Обоснование этой меры сейчас не удаётся показать.
evidence-from-survey = Из опроса
evidence-used-for = Эти результаты использованы в мерах
evidence-link-summary = Привязать эти результаты к мере
evidence-measure-label = Мера
evidence-rationale-label = Почему эти результаты важны для меры
evidence-rationale-hint = Пишите простыми словами: жители прочитают это на странице меры.
evidence-link-submit = Привязать
evidence-unlink = Удалить эту связь
