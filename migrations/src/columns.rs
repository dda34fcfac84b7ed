//! Small column and table helpers the migration files share. Keep them stable: old migrations
//! call them too.

use sea_orm_migration::prelude::*;

/// An auto-increment integer primary key.
pub fn id_col<T: IntoIden>(name: T) -> ColumnDef {
    ColumnDef::new(name).integer().not_null().auto_increment().primary_key().to_owned()
}

/// Drops `tables` in the order given (dependants first).
pub async fn drop_tables(manager: &SchemaManager<'_>, tables: Vec<DynIden>) -> Result<(), DbErr> {
    for table in tables {
        manager.drop_table(Table::drop().table(table).to_owned()).await?;
    }
    Ok(())
}
