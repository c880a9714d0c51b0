using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Data;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Accounts;
using ReadinessBoard.Features.Import;
using ReadinessBoard.Features.Rollups;

namespace ReadinessBoard.Features.Kpis;

/// <summary>A new current value for a KPI, as a person types it: <c>45%</c>, <c>&lt;10min</c>, <c>Quarterly</c>.</summary>
public sealed record SetMetricValue(int MetricId, string Value, int ExpectedVersion);

public enum MetricChangeOutcome
{
    Changed,
    Unchanged,
    Conflict,
    NotFound,
    /// <summary>The actor may read the board but not change it.</summary>
    Forbidden,
}

/// <summary>The outcome and the KPI's value and version as they now stand.</summary>
public sealed record MetricChangeResult(MetricChangeOutcome Outcome, string CurrentText, MetricStatus Status, int Version);

public sealed class SetMetricValueValidator : AbstractValidator<SetMetricValue>
{
    public const int MaxLength = 200;

    public SetMetricValueValidator()
    {
        RuleFor(c => c.Value).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the current value, for example 45% or <10min.");
        RuleFor(c => c.Value).MaximumLength(MaxLength).WithMessage($"A value is at most {MaxLength} characters.");
    }
}

/// <summary>
/// Sets a KPI's current value: keeps every value as a reading (the history behind the trend), works
/// out the status again, and refuses a change based on a version someone else has already moved.
/// </summary>
// The notifier is optional so that a service built by hand (tests, tools) needs none; the app registers one.
public sealed class MetricValueService(IDbContextFactory<ReadinessDbContext> dbFactory, TimeProvider clock, Live.IBoardNotifier? notifier = null)
{
    private static readonly SetMetricValueValidator s_validator = new();

    public async Task<MetricChangeResult> SetCurrentAsync(SetMetricValue command, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(actor);
        s_validator.ValidateAndThrow(command);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var metric = await db.Metrics.Include(m => m.Readings).SingleOrDefaultAsync(m => m.Id == command.MetricId, ct);
        if (metric is null || await db.RoleOnBoardAsync(actor, metric.BoardId, ct) is not { } role)
        {
            return new MetricChangeResult(MetricChangeOutcome.NotFound, "", MetricStatus.Unknown, 0);
        }

        if (!role.CanEdit())
        {
            return Result(MetricChangeOutcome.Forbidden, metric);
        }

        var text = command.Value.Trim();
        if (string.Equals(metric.CurrentText, text, StringComparison.Ordinal))
        {
            return Result(MetricChangeOutcome.Unchanged, metric);
        }

        if (metric.Version != command.ExpectedVersion)
        {
            return Result(MetricChangeOutcome.Conflict, metric);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (metric.Readings.Count == 0)
        {
            // The imported value opens the history, so the trend starts where the document stood.
            var created = await db.Boards.Where(b => b.Id == metric.BoardId).Select(b => b.CreatedAt).SingleAsync(ct);
            metric.Readings.Add(new MetricReading { ValueText = metric.CurrentText, Value = metric.CurrentValue, RecordedAt = created, RecordedBy = "Imported" });
        }

        var before = metric.CurrentText;
        var current = MetricValue.Parse(text);
        metric.CurrentText = current.Text;
        metric.CurrentValue = current.Value;
        metric.Unit ??= current.Unit;
        metric.Status = KpiRollup.StatusOf(current, MetricValue.Parse(metric.TargetText), metric.Direction);
        metric.Version++;
        metric.Readings.Add(new MetricReading { ValueText = current.Text, Value = current.Value, RecordedAt = now, RecordedBy = actor.Name });
        db.Activities.Add(new Activity
        {
            BoardId = metric.BoardId,
            ActorId = actor.Id,
            ActorName = actor.Name,
            Kind = ActivityKinds.MetricValue,
            Summary = $"{metric.Name.Shorten(200)}: {Shown(before)} → {current.Text.Shorten(100)} ({metric.Status.DisplayName().ToLowerInvariant()})",
            Before = before,
            After = current.Text,
            OccurredAt = now,
        });

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var fresh = await dbFactory.CreateDbContextAsync(ct);
            var stored = await fresh.Metrics.AsNoTracking().SingleAsync(m => m.Id == command.MetricId, ct);
            return Result(stored.CurrentText == text ? MetricChangeOutcome.Unchanged : MetricChangeOutcome.Conflict, stored);
        }

        if (notifier is not null)
        {
            await notifier.PublishAsync(new Live.BoardChange(metric.BoardId, ActivityKinds.MetricValue, null, metric.Version, actor.Name), CancellationToken.None);
        }

        return Result(MetricChangeOutcome.Changed, metric);
    }

    private static string Shown(string text) => text.Length == 0 ? "(empty)" : text.Shorten(100);

    private static MetricChangeResult Result(MetricChangeOutcome outcome, Metric metric) =>
        new(outcome, metric.CurrentText, metric.Status, metric.Version);
}
