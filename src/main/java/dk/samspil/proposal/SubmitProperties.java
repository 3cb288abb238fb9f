package dk.samspil.proposal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The settings of bringing a proposal ({@code samspil.proposal.submit.*}, see application.yml).
 *
 * @param linkValidity how long the confirmation link works; unconfirmed proposals older than this
 *     are deleted
 * @param minFillTime a form sent sooner after it was shown is refused (people take longer)
 * @param maxPerEmailPerDay proposals one e-mail address may bring in 24 hours
 * @param maxPerAddressPerHour proposals one client address may bring in an hour
 * @param maxPhotos photos one proposal may have
 * @param maxPhotoSize the largest photo
 * @param cleanupDelay pause between two runs of the job that deletes unconfirmed proposals
 */
@ConfigurationProperties("samspil.proposal.submit")
public record SubmitProperties(
    @DefaultValue("48h") Duration linkValidity,
    @DefaultValue("5s") Duration minFillTime,
    @DefaultValue("5") int maxPerEmailPerDay,
    @DefaultValue("20") int maxPerAddressPerHour,
    @DefaultValue("3") int maxPhotos,
    @DefaultValue("5MB") DataSize maxPhotoSize,
    @DefaultValue("1h") Duration cleanupDelay) {}
