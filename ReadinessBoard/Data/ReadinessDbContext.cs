using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Domain;

namespace ReadinessBoard.Data;

public class ReadinessDbContext(DbContextOptions<ReadinessDbContext> options) : IdentityUserContext<AppUser>(options)
{
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<TeamMember> TeamMembers => Set<TeamMember>();
    public DbSet<Board> Boards => Set<Board>();
    public DbSet<Section> Sections => Set<Section>();
    public DbSet<Item> Items => Set<Item>();
    public DbSet<Metric> Metrics => Set<Metric>();
    public DbSet<MetricReading> MetricReadings => Set<MetricReading>();
    public DbSet<CostLine> CostLines => Set<CostLine>();
    public DbSet<CostAmount> CostAmounts => Set<CostAmount>();
    public DbSet<PlanPhase> PlanPhases => Set<PlanPhase>();
    public DbSet<Activity> Activities => Set<Activity>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        // The accounts' tables (users, their claims, logins and tokens) come from Identity.
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ReadinessDbContext).Assembly);
    }
}
