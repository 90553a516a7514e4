package io.shouwei.hazard.tip.application;

import io.shouwei.contracts.hazard.HazardSource;
import io.shouwei.hazard.hazard.application.HazardNumbers;
import io.shouwei.hazard.hazard.application.HazardService;
import io.shouwei.hazard.hazard.application.NewHazard;
import io.shouwei.hazard.hazard.view.HazardViews;
import io.shouwei.hazard.mine.view.MineView;
import io.shouwei.hazard.mine.view.MineViews;
import io.shouwei.hazard.tip.Tip;
import io.shouwei.hazard.tip.TipAction;
import io.shouwei.hazard.tip.TipRuleViolation;
import io.shouwei.hazard.tip.TipStatus;
import io.shouwei.hazard.tip.TipTransitionRefused;
import io.shouwei.hazard.tip.TrackingCode;
import io.shouwei.hazard.tip.api.ConvertTipCommand;
import io.shouwei.hazard.tip.api.DismissTipCommand;
import io.shouwei.hazard.tip.api.ReceiveTipCommand;
import io.shouwei.hazard.tip.view.TipView;
import io.shouwei.hazard.tip.view.TipViews;
import io.shouwei.platform.security.Caller;
import io.shouwei.platform.security.Callers;
import io.shouwei.platform.security.Jurisdiction.Reach;
import io.shouwei.platform.web.ProblemException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The tip use cases: receiving a tip from the public, the tipster's view of it by tracking code,
 * the agencies' reading and triage. The tipster's identity leaves this class only for an
 * administrator; every other caller gets each tip {@linkplain TipView#withoutContact() without it}.
 *
 * <p>Converting a tip into a hazard takes two commands on two aggregates, so it is made safe
 * against a failure between them. The hazard is reported first, through {@link HazardService} with
 * source {@code WHISTLEBLOWER_TIP} and the agency as actor, under an id derived from the tip's
 * ({@link #hazardIdOf}); then the tip records it. The report is the step with rules that may refuse
 * (a mine the agency may not see, a closed mine, unknown criteria), and a refused report leaves the
 * tip as it was. Should the tip's command fail after the report (a crash, a lost connection), a
 * retry finds the hazard already reported under the tip's id and only records it: a tip never
 * yields two hazards. Two triages of one tip at the same moment cannot both report: the second
 * report of the same id fails and is answered 409, as is the second tip command. What remains
 * possible is a hazard reported while another agency dismisses the tip at the same moment: the
 * hazard then stands as the agency's own report, and the tip shows the dismissal.
 */
@Service
public class TipService {

  public static final int DEFAULT_PAGE_SIZE = 50;
  public static final int MAX_PAGE_SIZE = 500;

  private final CommandGateway commands;
  private final TipViews views;
  private final MineViews mines;
  private final HazardService hazards;
  private final HazardViews hazardViews;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public TipService(
      CommandGateway commands, TipViews views, MineViews mines, HazardService hazards, HazardViews hazardViews,
      Clock clock) {
    this.commands = commands;
    this.views = views;
    this.mines = mines;
    this.hazards = hazards;
    this.hazardViews = hazardViews;
    this.clock = clock;
  }

  /**
   * Receives a tip and answers its tracking code, the only time the code is shown. A mine id that
   * names a known mine attaches the tip to it (and to its town); any other mine id is dropped
   * without a word, so that the answer never tells whether a mine exists. The tip is anonymous
   * even when its sender carries a token: the command is sent as the service's own, so no event
   * metadata names the sender.
   */
  public TrackingCode receive(NewTip tip) {
    Optional<MineView> mine = Optional.ofNullable(tip.mineId()).flatMap(mines::find);
    String townCode = mine.map(MineView::townCode).orElse(tip.townCode());
    TrackingCode code = TrackingCode.generate(random);
    ReceiveTipCommand command =
        new ReceiveTipCommand(
            UUID.randomUUID().toString(), code.hash(), tip.what(), tip.where(), townCode,
            mine.map(MineView::id).orElse(null), tip.contact(), clock.instant());
    asTheServiceItself(() -> send(command, command.tipId(), null));
    return code;
  }

  /** What the tracking code tells; 404 for a text that is no tracking code or one of no tip. */
  public PublicTipStatus status(String trackingCode) {
    return TrackingCode.parse(trackingCode)
        .flatMap(code -> views.findByTrackingCodeHash(code.hash()))
        .map(tip -> new PublicTipStatus(
            tip.status(),
            tip.receivedAt().atZone(HazardNumbers.ZONE).toLocalDate(),
            tip.status() == TipStatus.DISMISSED ? tip.dismissalReason() : null))
        .orElseThrow(() -> ProblemException.notFound("Tip", trackingCode));
  }

  /** The tip as the caller may see it; 401 without a caller, 403 for a role that reads no tips. */
  public TipView get(String tipId) {
    Caller caller = Callers.current().orElseThrow(TipProblems::unauthenticated);
    Reach reach = TipAccess.toRead(caller.role());
    if (reach == Reach.NONE) {
      throw TipProblems.forbidden("Your role may not read tips.");
    }
    return shown(caller, readable(caller, reach, tipId));
  }

  /**
   * A page of the tips the caller may see, newest first.
   *
   * @param status only tips in this status, or {@code null} for all
   */
  public List<TipView> list(TipStatus status, int page, int size) {
    if (page < 0) {
      throw ProblemException.invalid("page must be 0 or more.");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw ProblemException.invalid("size must be between 1 and " + MAX_PAGE_SIZE + ".");
    }
    Caller caller = Callers.require();
    Reach reach = TipAccess.toRead(caller.role());
    if (reach == Reach.NONE) {
      throw TipProblems.forbidden("Your role may not read tips.");
    }
    List<String> towns = reach == Reach.OWN_TOWNS ? caller.towns() : null;
    return views.list(status, towns, page, size).stream().map(tip -> shown(caller, tip)).toList();
  }

  /**
   * Converts the tip into a hazard reported by the caller on a mine the caller may act on (see the
   * class comment for the order of the two steps).
   *
   * @param hazard the hazard's report; its source is set to {@code WHISTLEBLOWER_TIP}
   * @param expectedVersion the version of the tip the caller saw ({@code If-Match}), or {@code null}
   */
  public TipView convert(String tipId, Long expectedVersion, NewHazard hazard) {
    Caller caller = Callers.require();
    TipView tip = triageable(caller, tipId, expectedVersion);
    if (tip.status() != TipStatus.RECEIVED) {
      throw TipProblems.invalidTransition(
          new TipTransitionRefused(TipAction.CONVERT_TIP, tip.status(), Tip.allowedIn(tip.status())));
    }
    String hazardId = hazardIdOf(tipId);
    if (hazardViews.find(hazardId).isEmpty()) {
      NewHazard fromTip =
          new NewHazard(
              hazard.mineId(), hazard.campaignId(), HazardSource.WHISTLEBLOWER_TIP, hazard.category(), hazard.title(),
              hazard.description(), hazard.location(), hazard.discoveredAt(), hazard.facts(), hazard.citedCriteria());
      try {
        hazards.report(hazardId, fromTip);
      } catch (AggregateStreamCreationException | ConcurrencyException reportedMeanwhile) {
        throw TipProblems.triagedConcurrently(tipId);
      }
    }
    send(new ConvertTipCommand(tipId, expectedVersion, hazardId, clock.instant()), tipId, expectedVersion);
    return shown(caller, current(tipId));
  }

  /**
   * Dismisses the tip with a reason the tipster will read.
   *
   * @param expectedVersion the version of the tip the caller saw ({@code If-Match}), or {@code null}
   */
  public TipView dismiss(String tipId, Long expectedVersion, String reason) {
    Caller caller = Callers.require();
    triageable(caller, tipId, expectedVersion);
    send(new DismissTipCommand(tipId, expectedVersion, reason, clock.instant()), tipId, expectedVersion);
    return shown(caller, current(tipId));
  }

  /** The id of the hazard a tip is converted into: the same for every attempt to convert it. */
  public static String hazardIdOf(String tipId) {
    return UUID.nameUUIDFromBytes(("Tip " + tipId + " converted").getBytes(StandardCharsets.UTF_8)).toString();
  }

  /** The tip the caller may triage, at the version the caller saw. */
  private TipView triageable(Caller caller, String tipId, Long expectedVersion) {
    Reach reach = TipAccess.toTriage(caller.role());
    if (reach == Reach.NONE) {
      throw TipProblems.forbidden("Your role may not triage tips.");
    }
    TipView tip = readable(caller, reach, tipId);
    if (expectedVersion != null && expectedVersion != tip.version()) {
      throw TipProblems.stale(tipId, tip.version(), expectedVersion);
    }
    return tip;
  }

  private TipView readable(Caller caller, Reach reach, String tipId) {
    return views.find(tipId)
        .filter(tip -> TipAccess.covers(reach, caller, tip))
        .orElseThrow(() -> ProblemException.notFound("Tip", tipId));
  }

  private TipView current(String tipId) {
    return views.find(tipId).orElseThrow(() -> ProblemException.notFound("Tip", tipId));
  }

  private static TipView shown(Caller caller, TipView tip) {
    return TipAccess.seesIdentity(caller) ? tip : tip.withoutContact();
  }

  private void send(Object command, String tipId, Long expectedVersion) {
    try {
      commands.sendAndWait(command);
    } catch (TipRuleViolation violation) {
      throw TipProblems.ruleViolated(violation);
    } catch (TipTransitionRefused refused) {
      throw TipProblems.invalidTransition(refused);
    } catch (ConflictingModificationException | ConcurrencyException concurrent) {
      if (expectedVersion != null) {
        throw TipProblems.stale(tipId, null, expectedVersion);
      }
      throw TipProblems.triagedConcurrently(tipId);
    }
  }

  /** Runs {@code action} without the request's caller, so that its commands are the service's own. */
  private static void asTheServiceItself(Runnable action) {
    SecurityContext context = SecurityContextHolder.getContext();
    SecurityContextHolder.clearContext();
    try {
      action.run();
    } finally {
      SecurityContextHolder.setContext(context);
    }
  }
}
