## 媒体功能：文字的音频版本（措施简介、问卷中的问题），按语言提供，
## 并附有文字稿，方便不便阅读的人。

media-listen = 收听（{ $language }）
media-transcript = 文字稿
media-heading = 音频版本
media-intro = 请把文字朗读出来并录音，可以使用计划的任何一种语言，方便不便阅读的人。每段录音都需要配上文字稿：把听到的内容写下来。
media-none = 还没有音频版本。
media-file-label = 音频文件
media-file-hint = MP3, Ogg, Opus, WAV, M4A, WebM 或 FLAC 格式，不超过 { $size } MB。
media-language-label = 录音语言
media-transcript-label = 文字稿
media-upload = 添加音频版本
media-replace-note = 用同一种语言上传新录音，会替换之前的录音。
media-remove = 删除{ $language }的音频版本
media-saved = 音频版本已保存。
media-removed = 音频版本已删除。
