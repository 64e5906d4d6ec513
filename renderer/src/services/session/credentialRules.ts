import type { FormRule } from 'antd';
import { displayNameProblem, usernameProblem } from '../../domain/access/accountRules';
import { passwordProblem } from '../../domain/access/password';

/** antd form rules from the domain's own checks, so a form says exactly what the repository would refuse. */
function fromProblem(problem: (value: string) => string | null): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      const message = problem(typeof value === 'string' ? value : '');
      if (message) throw new Error(message);
    },
  };
}

export const usernameRules: FormRule[] = [fromProblem(usernameProblem)];
export const displayNameRules: FormRule[] = [fromProblem(displayNameProblem)];

/** A new password: the rules, checked against the account's 登录名 when there is one. */
export function newPasswordRules(usernameOf: () => string | undefined): FormRule[] {
  return [fromProblem((value) => passwordProblem(value, usernameOf()))];
}

/** 确认密码: must repeat the password typed in `passwordField`. */
export function confirmRules(passwordField: string): FormRule[] {
  return [
    { required: true, message: '请再次输入密码' },
    ({ getFieldValue }) => ({
      validator: async (_rule, value: unknown) => {
        if (value !== getFieldValue(passwordField)) throw new Error('两次输入的密码不一致');
      },
    }),
  ];
}
