# The forum: threads and posts of a plan, its categories, outcomes.
forum-title = Forum
forum-intro = Talk about the plan with other residents, associations and the municipality. Facilitators read every thread; when a discussion is settled they write its outcome, and it can become evidence for a measure.
forum-categories-label = Forum categories
forum-category-all = All threads
forum-category-general = General
forum-threads-none = No threads here yet.
forum-pages-label = Pages of the forum
forum-posts-count = { $count ->
    [one] { $count } post
   *[other] { $count } posts
}
forum-last-post = last post on { $date }
forum-badge-pinned = Pinned
forum-badge-locked = Locked
forum-badge-closed = Closed with an outcome
forum-thread-placeholder-hidden = A thread hidden until a moderator reviews it
forum-thread-placeholder-removed = A thread removed by a moderator
forum-thread-placeholder-deleted = A thread deleted by its author
forum-sign-in = Sign in to open a thread or to reply.
forum-sign-in-reply = Sign in to reply.
forum-new-thread = Open a thread
forum-form-category = Category
forum-form-measures = Draft measures this thread is about (optional)
forum-form-measures-hint = Tick up to { $max } measures.
forum-form-title = Title
forum-form-body = Your message
forum-form-body-hint = You can use Markdown: **bold**, *italics*, lists, links and > quotes.
forum-form-lang = Language you write in
forum-form-open = Open the thread
forum-thread-measures = About these measures:
forum-kept = Done: the thread's standing is updated.
forum-post-number = #{ $number }
forum-edited = edited
forum-in-reply-to = In reply to #{ $number }
forum-post-placeholder-hidden = This post is hidden until a moderator reviews it.
forum-post-placeholder-removed = A moderator removed this post.
forum-post-placeholder-deleted = Its author deleted this post.
forum-moderation-log = Moderation log
forum-quote = Quote
forum-edit = Edit
forum-edit-label = Your post
forum-edit-hint = People will see that the post was edited; moderators can read the earlier text.
forum-edit-submit = Save the post
forum-delete = Delete my post
forum-delete-confirm = Its text will be gone for good; its number stays so that replies still make sense.
forum-delete-submit = Delete
forum-reply = Reply
forum-quoting = Your reply quotes post #{ $number }.
forum-reply-submit = Send the reply
forum-locked-notice = This thread is locked: no more replies.
forum-closed-notice = This thread is closed: its outcome is above.
forum-keep = Pin or lock
forum-keep-pin = Pin to the top
forum-keep-unpin = Unpin
forum-keep-lock = Lock (no more replies)
forum-keep-unlock = Unlock
forum-outcome-heading = Outcome
forum-outcome-on = Written on { $date }
forum-close = Close with an outcome
forum-close-hint = Summarise what the discussion settled and what the municipality will do with it. Closing locks the thread; the outcome can then be linked to measures as evidence.
forum-outcome-lang = Language of the outcome
forum-outcome-label = Outcome
forum-close-submit = Close the thread
forum-outcome-translate = Write the outcome in another language, or correct it
forum-outcome-save = Save the outcome
forum-outcome-written-in = Written in: { $languages }
forum-history-link = Earlier texts
forum-history-title = Earlier texts of post #{ $number }
forum-history-back = Back to the post
forum-history-current = Its text now
forum-history-earlier = Earlier texts, newest first
forum-history-none = This post was never edited.
forum-history-replaced = Replaced on { $when }
forum-search-label = Search the forum
forum-search-submit = Search
forum-search-title = Search the forum
forum-search-title-hit = In the thread's title
forum-search-found = { $count ->
    [0] Nothing found.
    [one] One post found.
   *[other] { $count } posts found.
}
forum-search-found-more = More than { $count } found: the newest are shown. Add a word to narrow the search.
forum-follow-heading = Follow this thread
forum-following-none = You do not follow this thread.
forum-following-instant = You get an email for every new post.
forum-following-daily = You get one email a day when there are new posts.
forum-follow-instant = Email me every new post
forum-follow-daily = Send me a daily digest
forum-follow-stop = Stop following
forum-followed = Done: how you follow this thread is saved.
forum-email-reply-subject = New reply in "{ $title }"
forum-email-reply-intro = Someone replied in the forum thread "{ $title }" (post { $number }).
forum-email-reply-action = Read the reply
forum-email-digest-subject = { $count ->
    [one] New posts in a forum thread you follow
   *[other] New posts in { $count } forum threads you follow
}
forum-email-digest-intro = Since your last digest, there are new posts in the threads you follow:
forum-email-digest-thread = "{ $title }": { $count } new, from { $url }
forum-email-footer = You get this email because you follow a thread in a forum on Ponte. To stop these emails, open { $url }
