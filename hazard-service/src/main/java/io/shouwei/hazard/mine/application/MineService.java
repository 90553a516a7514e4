package io.shouwei.hazard.mine.application;

import io.shouwei.hazard.mine.MineFacts;
import io.shouwei.hazard.mine.MineRuleViolation;
import io.shouwei.hazard.mine.MineTransitionRefused;
import io.shouwei.hazard.mine.api.CloseMineCommand;
import io.shouwei.hazard.mine.api.RegisterMineCommand;
import io.shouwei.hazard.mine.api.UpdateMineFactsCommand;
import io.shouwei.hazard.mine.view.MineView;
import io.shouwei.hazard.mine.view.MineViews;
import io.shouwei.platform.security.Caller;
import io.shouwei.platform.security.Callers;
import io.shouwei.platform.security.Jurisdiction;
import io.shouwei.platform.security.Jurisdiction.Reach;
import io.shouwei.platform.web.ProblemException;
import io.shouwei.platform.web.Problems;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The mine use cases: who may do what to which mine, the id, the expected version; the rules
 * themselves are the aggregate's. A mine the caller may not see is answered exactly like a missing
 * one. Changes answer the mine as it is afterwards.
 */
@Service
public class MineService {

  private final CommandGateway commands;
  private final MineViews views;

  public MineService(CommandGateway commands, MineViews views) {
    this.commands = commands;
    this.views = views;
  }

  /** Registers a mine and returns its new id. */
  public String register(NewMine mine) {
    Caller caller = Callers.require();
    Reach reach = MineAccess.toRegister(caller.role());
    if (reach == Reach.NONE) {
      throw forbidden("Your role may not register mines.");
    }
    if (!Jurisdiction.covers(reach, caller, mine.enterpriseId(), mine.townCode())) {
      throw forbidden("You may register mines only in your own towns; " + mine.townCode() + " is not one of them.");
    }
    String mineId = UUID.randomUUID().toString();
    send(
        new RegisterMineCommand(
            mineId, mine.name(), mine.enterpriseId(), mine.enterpriseName(), mine.townCode(), mine.type(),
            mine.facts()),
        null);
    return mineId;
  }

  /** The mine as the caller may see it. */
  public MineView get(String mineId) {
    Caller caller = Callers.require();
    if (Jurisdiction.toRead(caller.role()) == Reach.NONE) {
      throw forbidden("Your role may not read mines.");
    }
    return readable(caller, mineId);
  }

  /**
   * Replaces the mine's facts.
   *
   * @param expectedVersion the version the caller saw, or {@code null} for any
   */
  public MineView updateFacts(String mineId, Long expectedVersion, MineFacts facts) {
    changeable(mineId, expectedVersion, MineAccess.toUpdateFacts(Callers.require().role()), "update the facts of");
    send(new UpdateMineFactsCommand(mineId, expectedVersion, facts), expectedVersion);
    return current(mineId);
  }

  /**
   * Closes the mine for good.
   *
   * @param expectedVersion the version the caller saw, or {@code null} for any
   */
  public MineView close(String mineId, Long expectedVersion, String reason) {
    changeable(mineId, expectedVersion, MineAccess.toClose(Callers.require().role()), "close");
    send(new CloseMineCommand(mineId, expectedVersion, reason), expectedVersion);
    return current(mineId);
  }

  /** Checks that the caller may change the mine and saw its current version. */
  private void changeable(String mineId, Long expectedVersion, Reach reach, String action) {
    Caller caller = Callers.require();
    if (reach == Reach.NONE) {
      throw forbidden("Your role may not " + action + " mines.");
    }
    MineView mine = readable(caller, mineId);
    if (!Jurisdiction.covers(reach, caller, mine.enterpriseId(), mine.townCode())) {
      throw forbidden("You may not " + action + " this mine.");
    }
    if (expectedVersion != null && expectedVersion != mine.version()) {
      throw stale(mine.version(), expectedVersion);
    }
  }

  private MineView readable(Caller caller, String mineId) {
    return views.find(mineId)
        .filter(m -> Jurisdiction.canRead(caller, m.enterpriseId(), m.townCode()))
        .orElseThrow(() -> ProblemException.notFound("Mine", mineId));
  }

  private MineView current(String mineId) {
    return views.find(mineId).orElseThrow(() -> ProblemException.notFound("Mine", mineId));
  }

  private void send(Object command, Long expectedVersion) {
    try {
      commands.sendAndWait(command);
    } catch (MineRuleViolation violation) {
      ProblemException problem =
          new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, Problems.RULE_VIOLATED, violation.getMessage());
      problem.getBody().setProperty("rule", violation.rule().name());
      throw problem;
    } catch (MineTransitionRefused refused) {
      ProblemException problem = ProblemException.invalidState(refused.getMessage());
      problem.getBody().setProperty("state", refused.status().name());
      problem.getBody().setProperty("allowedCommands", refused.allowedCommands());
      throw problem;
    } catch (ConflictingModificationException | ConcurrencyException concurrent) {
      if (expectedVersion != null) {
        throw new ProblemException(
            HttpStatus.PRECONDITION_FAILED, Problems.PRECONDITION_FAILED,
            "The mine changed after version " + expectedVersion + "; read it again.");
      }
      throw new ProblemException(
          HttpStatus.CONFLICT, Problems.CONFLICT, "The mine was changed at the same time; try again.");
    }
  }

  private static ProblemException stale(long current, long expected) {
    ProblemException problem =
        new ProblemException(
            HttpStatus.PRECONDITION_FAILED, Problems.PRECONDITION_FAILED,
            "The mine is at version " + current + ", not " + expected + "; read it again.");
    problem.getBody().setProperty("version", current);
    return problem;
  }

  private static ProblemException forbidden(String detail) {
    return new ProblemException(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, detail);
  }
}
