## 全站页面：无障碍声明。

site-a11y-title = 无障碍声明
site-a11y-commitment = 使用 Ponte 的各市镇承诺让所有人都能无障碍地使用它。这符合2018年10月19日第83/2018号法令（Decreto-Lei n.º 83/2018）的规定，该法令将欧盟第2016/2102号指令（Diretiva (UE) 2016/2102）转化为葡萄牙国内法。
site-a11y-status-heading = 合规状况
site-a11y-status = 本平台力求达到《网页内容无障碍指南》（WCAG）2.1 的 AA 级，这是欧洲标准 EN 301 549 的要求。目前为部分合规：尚未完全合规的部分列在下面。
site-a11y-how-heading = 我们如何做到无障碍
site-a11y-how-keyboard = 每个页面都可以只用键盘操作，并且有一个跳到主要内容的链接。
site-a11y-how-nojs = 每个页面在不启用 JavaScript 时都能使用，在简易手机上也能使用。
site-a11y-how-languages = 本平台提供多种语言，包括从右向左书写的语言，每段文字都标明了所用的语言。
site-a11y-how-tests = 每次发布新版本之前，每个页面都会用 axe-core 无障碍检查工具进行自动测试。
site-a11y-limits-heading = 已知的限制
site-a11y-limits = 市镇和各组织撰写的部分内容还没有翻译成所有语言；遇到这种情况，页面会说明文字是用哪种语言显示的。目前还没有文字的音频版本。
site-a11y-feedback-heading = 意见反馈和联系方式
site-a11y-feedback = 如果您在本平台上遇到障碍，或需要其他格式的信息，请写信至：
site-a11y-feedback-no-email = 如果您在本平台上遇到障碍，或需要其他格式的信息，请联系您所在市镇的相关服务部门。
site-a11y-enforcement-heading = 执行与投诉程序
site-a11y-enforcement = 如果您对答复不满意，可以通过无障碍门户网站（Portal da Acessibilidade，acessibilidade.gov.pt）向行政现代化局（AMA）投诉。该机构负责监督葡萄牙公共网站的无障碍情况。
site-a11y-prepared = 本声明编写于2026年11月，每次发布新版本时都会重新审查。
