## Páginas gerais do sítio: declaração de acessibilidade.

site-a11y-title = Declaração de acessibilidade
site-a11y-commitment = Os municípios que usam a Ponte comprometem-se a torná-la acessível a todas as pessoas, de acordo com o Decreto-Lei n.º 83/2018, de 19 de outubro, que transpõe a Diretiva (UE) 2016/2102.
site-a11y-status-heading = Estado de conformidade
site-a11y-status = Esta plataforma procura cumprir o nível AA das Diretrizes de Acessibilidade para o Conteúdo da Web (WCAG) 2.1, como exige a norma europeia EN 301 549. Está parcialmente conforme: as partes que ainda não estão totalmente conformes são indicadas abaixo.
site-a11y-how-heading = O que fazemos para a tornar acessível
site-a11y-how-keyboard = Todas as páginas podem ser usadas só com o teclado, e há uma ligação para saltar para o conteúdo principal.
site-a11y-how-nojs = Todas as páginas funcionam sem JavaScript e em telemóveis simples.
site-a11y-how-languages = A plataforma está disponível em várias línguas, incluindo línguas escritas da direita para a esquerda, e cada texto está marcado com a sua língua.
site-a11y-how-tests = Todas as páginas são testadas automaticamente com o verificador de acessibilidade axe-core antes de cada nova versão.
site-a11y-limits-heading = Limitações conhecidas
site-a11y-limits = Alguns conteúdos escritos pelos municípios e organizações ainda não estão traduzidos para todas as línguas; quando isso acontece, a página indica em que língua o texto é apresentado. Ainda não há versões áudio dos textos.
site-a11y-feedback-heading = Comentários e contactos
site-a11y-feedback = Se encontrar uma barreira nesta plataforma, ou precisar de informação noutro formato, escreva para:
site-a11y-feedback-no-email = Se encontrar uma barreira nesta plataforma, ou precisar de informação noutro formato, contacte os serviços do seu município.
site-a11y-enforcement-heading = Procedimento de execução
site-a11y-enforcement = Se não ficar satisfeito com a resposta, pode apresentar queixa à Agência para a Modernização Administrativa (AMA), que fiscaliza a acessibilidade dos sítios web públicos em Portugal, através do Portal da Acessibilidade (acessibilidade.gov.pt).
site-a11y-prepared = Esta declaração foi preparada em novembro de 2026 e é revista a cada nova versão.
