package id.go.tangerangkota.puspaga.breach;

import java.time.Instant;

/** An SOP time limit that passed while its step was still open. */
public record Breach(
    String processInstanceId,
    String businessKey,
    int sopStep,
    String activityId,
    String activityName,
    String taskId,
    String assignee,
    String candidateGroup,
    Instant deadline,
    Instant firedAt) {}
