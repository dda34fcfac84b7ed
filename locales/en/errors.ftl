## One message per error code (AppError). Each has a short title and a plain explanation.

errors-not-found-title = Page not found
errors-not-found = We could not find this page. The address may be mistyped, or the page may have moved.
errors-bad-request-title = Something in the request is not right
errors-bad-request = The page could not understand what was asked. Check the address or the choices in the form and try again.
errors-unavailable-title = Service temporarily unavailable
errors-unavailable = Ponte cannot reach its data right now. Nothing you did caused this. Please try again in a few minutes.
errors-internal-title = Something went wrong
errors-internal = An unexpected error happened on our side. It has been recorded. Please try again later.
