//! Plans feature: the stages of a plan become those of the participatory process (diagnosis →
//! drafting → consultation → approved → monitoring), and a plan gets its time zone (mainland,
//! Azores or Madeira) and a public contact.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Plans {
    Table,
    Status,
    TimeZone,
    ContactEmail,
    ContactPhone,
}

/// Old stage → new stage.
const STAGES: [(&str, &str); 4] = [("draft", "drafting"), ("in_consultation", "consultation"), ("in_execution", "monitoring"), ("evaluated", "monitoring")];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (old, new) in STAGES {
            let update = Query::update().table(Plans::Table).value(Plans::Status, new).and_where(Expr::col(Plans::Status).eq(old)).to_owned();
            manager.exec_stmt(update).await?;
        }
        // One column per statement: SQLite adds one at a time.
        manager
            .alter_table(
                Table::alter()
                    .table(Plans::Table)
                    .add_column(ColumnDef::new(Plans::TimeZone).string_len(40).not_null().default("Europe/Lisbon"))
                    .to_owned(),
            )
            .await?;
        for column in [Plans::ContactEmail, Plans::ContactPhone] {
            manager.alter_table(Table::alter().table(Plans::Table).add_column(ColumnDef::new(column).string_len(300).null()).to_owned()).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [Plans::ContactPhone, Plans::ContactEmail, Plans::TimeZone] {
            manager.alter_table(Table::alter().table(Plans::Table).drop_column(column).to_owned()).await?;
        }
        for (old, new) in STAGES.iter().take(3) {
            let update = Query::update().table(Plans::Table).value(Plans::Status, *old).and_where(Expr::col(Plans::Status).eq(*new)).to_owned();
            manager.exec_stmt(update).await?;
        }
        Ok(())
    }
}
