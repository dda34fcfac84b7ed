## Estrutura da página, navegação e palavras comuns.

core-skip-to-content = Saltar para o conteúdo principal
core-tagline = Construir em conjunto o plano de integração do seu município
core-footer-nav = Ligações do sítio
core-nav-plans = Planos
core-nav-accessibility = Declaração de acessibilidade
core-footer-about = A Ponte é uma plataforma de código aberto para construir os planos municipais para a integração de migrantes em conjunto com residentes, imigrantes e as suas associações.
core-language-picker = Língua
core-fallback-note = (Ainda sem tradução: apresentado em { $language }.)
core-back-home = Voltar à página inicial
core-loading = A carregar…
core-breadcrumbs = Está aqui
core-unknown = Não indicado
core-period = De { $start } a { $end }
core-date = { $day } de { $month } de { $year }
core-month-1 = janeiro
core-month-2 = fevereiro
core-month-3 = março
core-month-4 = abril
core-month-5 = maio
core-month-6 = junho
core-month-7 = julho
core-month-8 = agosto
core-month-9 = setembro
core-month-10 = outubro
core-month-11 = novembro
core-month-12 = dezembro
