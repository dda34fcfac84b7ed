# O fórum: tópicos e mensagens de um plano, as suas categorias, conclusões.
forum-title = Fórum
forum-intro = Converse sobre o plano com outros residentes, associações e o município. A equipa facilitadora lê todos os tópicos; quando uma discussão fica resolvida, escreve a sua conclusão, que pode tornar-se evidência para uma medida.
forum-categories-label = Categorias do fórum
forum-category-all = Todos os tópicos
forum-category-general = Geral
forum-threads-none = Ainda não há tópicos aqui.
forum-pages-label = Páginas do fórum
forum-posts-count = { $count ->
    [one] { $count } mensagem
   *[other] { $count } mensagens
}
forum-last-post = última mensagem a { $date }
forum-badge-pinned = Fixado
forum-badge-locked = Bloqueado
forum-badge-closed = Encerrado com conclusão
forum-thread-placeholder-hidden = Um tópico oculto até a moderação o rever
forum-thread-placeholder-removed = Um tópico removido pela moderação
forum-thread-placeholder-deleted = Um tópico apagado pelo autor
forum-sign-in = Entre na sua conta para abrir um tópico ou responder.
forum-sign-in-reply = Entre na sua conta para responder.
forum-new-thread = Abrir um tópico
forum-form-category = Categoria
forum-form-measures = Medidas da proposta de que trata este tópico (opcional)
forum-form-measures-hint = Assinale até { $max } medidas.
forum-form-title = Título
forum-form-body = A sua mensagem
forum-form-body-hint = Pode usar Markdown: **negrito**, *itálico*, listas, ligações e > citações.
forum-form-lang = Língua em que escreve
forum-form-open = Abrir o tópico
forum-thread-measures = Sobre estas medidas:
forum-kept = Feito: o estado do tópico foi atualizado.
forum-post-number = n.º { $number }
forum-edited = editada
forum-in-reply-to = Em resposta à n.º { $number }
forum-post-placeholder-hidden = Esta mensagem está oculta até a moderação a rever.
forum-post-placeholder-removed = A moderação removeu esta mensagem.
forum-post-placeholder-deleted = O autor apagou esta mensagem.
forum-moderation-log = Registo de moderação
forum-quote = Citar
forum-edit = Editar
forum-edit-label = A sua mensagem
forum-edit-hint = Os outros verão que a mensagem foi editada; a moderação pode ler o texto anterior.
forum-edit-submit = Guardar a mensagem
forum-delete = Apagar a minha mensagem
forum-delete-confirm = O texto desaparece de vez; o número fica, para que as respostas continuem a fazer sentido.
forum-delete-submit = Apagar
forum-reply = Responder
forum-quoting = A sua resposta cita a mensagem n.º { $number }.
forum-reply-submit = Enviar a resposta
forum-locked-notice = Este tópico está bloqueado: não aceita mais respostas.
forum-closed-notice = Este tópico está encerrado: a conclusão está acima.
forum-keep = Fixar ou bloquear
forum-keep-pin = Fixar no topo
forum-keep-unpin = Retirar do topo
forum-keep-lock = Bloquear (sem mais respostas)
forum-keep-unlock = Desbloquear
forum-outcome-heading = Conclusão
forum-outcome-on = Escrita a { $date }
forum-close = Encerrar com uma conclusão
forum-close-hint = Resuma o que a discussão decidiu e o que o município vai fazer com isso. Encerrar bloqueia o tópico; a conclusão pode depois ser ligada a medidas como evidência.
forum-outcome-lang = Língua da conclusão
forum-outcome-label = Conclusão
forum-close-submit = Encerrar o tópico
forum-outcome-translate = Escrever a conclusão noutra língua, ou corrigi-la
forum-outcome-save = Guardar a conclusão
forum-outcome-written-in = Escrita em: { $languages }
forum-history-link = Textos anteriores
forum-history-title = Textos anteriores da mensagem n.º { $number }
forum-history-back = Voltar à mensagem
forum-history-current = O texto atual
forum-history-earlier = Textos anteriores, do mais recente para o mais antigo
forum-history-none = Esta mensagem nunca foi editada.
forum-history-replaced = Substituído a { $when }
forum-search-label = Pesquisar no fórum
forum-search-submit = Pesquisar
forum-search-title = Pesquisa no fórum
forum-search-title-hit = No título do tópico
forum-search-found = { $count ->
    [0] Nada encontrado.
    [one] Uma mensagem encontrada.
   *[other] { $count } mensagens encontradas.
}
forum-search-found-more = Mais de { $count } encontradas: mostram-se as mais recentes. Acrescente uma palavra para restringir a pesquisa.
forum-follow-heading = Seguir este tópico
forum-following-none = Não segue este tópico.
forum-following-instant = Recebe um email por cada nova mensagem.
forum-following-daily = Recebe um email por dia quando há novas mensagens.
forum-follow-instant = Enviar-me cada nova mensagem por email
forum-follow-daily = Enviar-me um resumo diário
forum-follow-stop = Deixar de seguir
forum-followed = Feito: a forma como segue este tópico foi guardada.
forum-email-reply-subject = Nova resposta em «{ $title }»
forum-email-reply-intro = Alguém respondeu no tópico do fórum «{ $title }» (mensagem n.º { $number }).
forum-email-reply-action = Ler a resposta
forum-email-digest-subject = { $count ->
    [one] Novas mensagens num tópico do fórum que segue
   *[other] Novas mensagens em { $count } tópicos do fórum que segue
}
forum-email-digest-intro = Desde o último resumo, há novas mensagens nos tópicos que segue:
forum-email-digest-thread = «{ $title }»: { $count } novas, a partir de { $url }
forum-email-footer = Recebe este email porque segue um tópico de um fórum no Ponte. Para deixar de receber estes emails, abra { $url }
