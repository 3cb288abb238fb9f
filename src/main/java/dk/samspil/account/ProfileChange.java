package dk.samspil.account;

/** What a person may change about themselves on their profile page. */
record ProfileChange(String name, String phone, String notificationEmail) {}
