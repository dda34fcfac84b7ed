## One message per error code (AppError). Each has a short title and a plain explanation.

errors-not-found-title = Page not found
errors-not-found = We could not find this page. The address may be mistyped, or the page may have moved.
errors-bad-request-title = Something in the request is not right
errors-bad-request = The page could not understand what was asked. Check the address or the choices in the form and try again.
errors-unavailable-title = Service temporarily unavailable
errors-unavailable = Ponte cannot reach its data right now. Nothing you did caused this. Please try again in a few minutes.
errors-internal-title = Something went wrong
errors-internal = An unexpected error happened on our side. It has been recorded. Please try again later.
errors-unauthenticated-title = Please sign in
errors-unauthenticated = You need to sign in to see this page.
errors-forbidden-title = Not allowed
errors-forbidden = Your account is not allowed to do this.
errors-cross-site-title = Request refused
errors-cross-site = This form was sent from another website, so it was refused to protect you. Open the page on this site and try again.
errors-rate-limited-title = Too many attempts
errors-rate-limited = There have been too many attempts in a short time. Please wait 15 minutes and try again.
errors-invalid-email = This does not look like an email address. Check it and try again, for example name@example.com.
errors-invalid-code-format = The code has 6 digits. Check the email and type them again.
errors-invalid-code = This code is not right. Check the email and try again.
errors-invalid-link = This sign-in link or code has expired or was already used. Ask for a new one.
errors-invalid-too-many-attempts = Too many wrong codes. Ask for a new sign-in email.
errors-invalid-too-long = This text is too long.
