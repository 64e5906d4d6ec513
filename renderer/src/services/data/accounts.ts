import * as users from '../../db/users';
import { onAppDatabase } from './appDatabase';

/** 账号管理 on the app's database. */
export const listUsers = onAppDatabase(users.listUsers);
export const createUser = onAppDatabase(users.createUser);
export const updateUser = onAppDatabase(users.updateUser);
export const resetPassword = onAppDatabase(users.resetPassword);
