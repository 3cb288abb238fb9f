package dk.samspil.proposal.web;

import dk.samspil.shared.EmailAddress;

/**
 * Local support of a proposal: the e-mail address of someone who is not signed in (a signed-in
 * person sends the form empty). {@code hjemmeside} is a field people do not see; a program that
 * fills it in is answered as if all went well, and nothing happens.
 */
public record SupportForm(
    @EmailAddress(message = "{proposal.public.support.email.invalid}") String email,
    String hjemmeside) {}
