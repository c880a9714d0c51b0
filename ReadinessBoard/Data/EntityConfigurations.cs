using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReadinessBoard.Domain;

namespace ReadinessBoard.Data;

// Lengths are generous bounds that keep a hostile document from filling the disk through one field;
// the importer enforces the same limits with a line number.

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> team)
    {
        team.Property(t => t.Name).HasMaxLength(200);
        team.HasIndex(t => t.Name).IsUnique();
    }
}

internal sealed class TeamMemberConfiguration : IEntityTypeConfiguration<TeamMember>
{
    public void Configure(EntityTypeBuilder<TeamMember> member)
    {
        member.Property(m => m.Email).HasMaxLength(256);
        member.HasOne(m => m.Team).WithMany(t => t.Members).HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.Cascade);
        member.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        member.HasIndex(m => new { m.TeamId, m.Email }).IsUnique();
        member.HasIndex(m => m.UserId);
        member.HasIndex(m => m.Email);
        member.Property(m => m.InvitationHash).HasMaxLength(64);
        member.HasIndex(m => m.InvitationHash).IsUnique();
    }
}

internal sealed class BoardConfiguration : IEntityTypeConfiguration<Board>
{
    public void Configure(EntityTypeBuilder<Board> board)
    {
        board.Property(b => b.Title).HasMaxLength(500);
        board.Property(b => b.SourceFileName).HasMaxLength(260);
        board.HasOne(b => b.Team).WithMany(t => t.Boards).HasForeignKey(b => b.TeamId).OnDelete(DeleteBehavior.Restrict);
        board.HasMany(b => b.Sections).WithOne().HasForeignKey(s => s.BoardId).OnDelete(DeleteBehavior.Cascade);
        board.HasMany(b => b.Items).WithOne().HasForeignKey(i => i.BoardId).OnDelete(DeleteBehavior.Cascade);
        board.HasMany(b => b.Metrics).WithOne().HasForeignKey(m => m.BoardId).OnDelete(DeleteBehavior.Cascade);
        board.HasMany(b => b.CostLines).WithOne().HasForeignKey(c => c.BoardId).OnDelete(DeleteBehavior.Cascade);
        board.HasMany(b => b.Phases).WithOne().HasForeignKey(p => p.BoardId).OnDelete(DeleteBehavior.Cascade);
        board.HasIndex(b => b.TeamId);
    }
}

internal sealed class SectionConfiguration : IEntityTypeConfiguration<Section>
{
    public void Configure(EntityTypeBuilder<Section> section)
    {
        section.Property(s => s.Title).HasMaxLength(500);
        section.HasOne(s => s.Parent).WithMany().HasForeignKey(s => s.ParentId).OnDelete(DeleteBehavior.Cascade);
        section.HasIndex(s => new { s.BoardId, s.Position });
    }
}

internal sealed class ItemConfiguration : IEntityTypeConfiguration<Item>
{
    public void Configure(EntityTypeBuilder<Item> item)
    {
        item.Property(i => i.Key).HasMaxLength(200);
        item.Property(i => i.Title).HasMaxLength(1000);
        item.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        item.Property(i => i.StatusReason).HasMaxLength(2000);
        item.Property(i => i.Priority).HasMaxLength(50);
        item.Property(i => i.Impact).HasMaxLength(50);
        item.Property(i => i.Effort).HasMaxLength(50);
        item.Property(i => i.Risk).HasMaxLength(50);
        item.Property(i => i.Owner).HasMaxLength(200);
        item.Property(i => i.EvidenceUrl).HasMaxLength(2000);
        item.Property(i => i.CompletedBy).HasMaxLength(200);
        item.Property(i => i.SourceDoneIn).HasMaxLength(50);
        item.Property(i => i.Ref).HasMaxLength(100);
        item.Property(i => i.Version).IsConcurrencyToken();
        item.HasOne(i => i.Section).WithMany().HasForeignKey(i => i.SectionId).OnDelete(DeleteBehavior.SetNull);
        item.HasOne(i => i.Phase).WithMany().HasForeignKey(i => i.PhaseId).OnDelete(DeleteBehavior.SetNull);
        item.HasIndex(i => new { i.BoardId, i.Key }).IsUnique();
        item.HasIndex(i => new { i.BoardId, i.Position });
        // Covers the progress counts (done and counted, by board and section) without reading the rows.
        item.HasIndex(i => new { i.BoardId, i.ArchivedAt, i.SectionId, i.Status });
    }
}

internal sealed class MetricConfiguration : IEntityTypeConfiguration<Metric>
{
    public void Configure(EntityTypeBuilder<Metric> metric)
    {
        metric.Property(m => m.Name).HasMaxLength(500);
        metric.Property(m => m.CurrentText).HasMaxLength(200);
        metric.Property(m => m.TargetText).HasMaxLength(200);
        metric.Property(m => m.Unit).HasMaxLength(50);
        metric.Property(m => m.Direction).HasConversion<string>().HasMaxLength(20);
        metric.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        metric.Property(m => m.Version).IsConcurrencyToken();
        metric.HasOne(m => m.Section).WithMany().HasForeignKey(m => m.SectionId).OnDelete(DeleteBehavior.SetNull);
        metric.HasMany(m => m.Readings).WithOne().HasForeignKey(r => r.MetricId).OnDelete(DeleteBehavior.Cascade);
        metric.HasIndex(m => new { m.BoardId, m.Position });
    }
}

internal sealed class MetricReadingConfiguration : IEntityTypeConfiguration<MetricReading>
{
    public void Configure(EntityTypeBuilder<MetricReading> reading)
    {
        reading.Property(r => r.ValueText).HasMaxLength(200);
        reading.Property(r => r.RecordedBy).HasMaxLength(200);
        reading.HasIndex(r => new { r.MetricId, r.RecordedAt });
    }
}

internal sealed class CostLineConfiguration : IEntityTypeConfiguration<CostLine>
{
    public void Configure(EntityTypeBuilder<CostLine> line)
    {
        line.Property(c => c.TableName).HasMaxLength(500);
        line.Property(c => c.Name).HasMaxLength(500);
        line.HasMany(c => c.Amounts).WithOne().HasForeignKey(a => a.CostLineId).OnDelete(DeleteBehavior.Cascade);
        line.HasIndex(c => new { c.BoardId, c.Position });
    }
}

internal sealed class CostAmountConfiguration : IEntityTypeConfiguration<CostAmount>
{
    public void Configure(EntityTypeBuilder<CostAmount> amount)
    {
        amount.Property(a => a.Column).HasMaxLength(200);
        amount.Property(a => a.Period).HasConversion<string>().HasMaxLength(20);
        amount.HasIndex(a => a.CostLineId);
    }
}

internal sealed class PlanPhaseConfiguration : IEntityTypeConfiguration<PlanPhase>
{
    public void Configure(EntityTypeBuilder<PlanPhase> phase)
    {
        phase.Property(p => p.Name).HasMaxLength(200);
        phase.Property(p => p.Path).HasMaxLength(1000);
        phase.Property(p => p.Goal).HasMaxLength(2000);
        phase.HasOne(p => p.Parent).WithMany().HasForeignKey(p => p.ParentId).OnDelete(DeleteBehavior.Cascade);
        phase.HasIndex(p => new { p.BoardId, p.Position });
    }
}

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> activity)
    {
        activity.Property(a => a.ActorId).HasMaxLength(450);
        activity.Property(a => a.ActorName).HasMaxLength(200);
        activity.Property(a => a.Kind).HasMaxLength(50);
        activity.Property(a => a.Summary).HasMaxLength(2000);
        activity.HasOne<Board>().WithMany().HasForeignKey(a => a.BoardId).OnDelete(DeleteBehavior.Cascade);
        activity.HasOne<Item>().WithMany().HasForeignKey(a => a.ItemId).OnDelete(DeleteBehavior.SetNull);
        activity.HasIndex(a => new { a.BoardId, a.Id });
        activity.HasIndex(a => a.ItemId);
    }
}
